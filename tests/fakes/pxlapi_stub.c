/* A stand-in for the Pixelink SDK's libPxLApi.so, for tests only: the handful of entry points the
 * pixrma-desktop SDK probe calls, with the structure layouts of the pixelinkWrapper (PixeLINKTypes.h).
 *
 * Cameras come from $PXL_STUB_CAMERAS, read at each call: "SERIAL:STATE[:IP],..." where STATE is
 * "free" or "inuse" (held by another application: PxLInitializeEx fails with ApiCameraInUseError).
 * Every initialize / uninitialize is appended to the file $PXL_STUB_LOG, so tests can check that the
 * probe released each camera it opened.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ApiSuccess 0
#define ApiInvalidHandleError ((int)0x80000002)
#define ApiInvalidParameterError ((int)0x80000003)
#define ApiCameraInUseError ((int)0x80000007)
#define ApiNoCameraError ((int)0x80000008)
#define MAX_CAMERAS 8

typedef struct { unsigned char MacAddr[6]; } MAC;
typedef struct { union { unsigned char u8Address[4]; unsigned int u32Address; } Address; } IPADDR;

typedef struct {
    unsigned int StructSize;
    unsigned int CameraSerialNum;
    MAC CameraMac;
    IPADDR CameraIpAddress, CameraIpMask, CameraIpGateway, NicIpAddress, NicIpMask;
    unsigned int NicAccessMode;
    unsigned char CameraIpAssignmentType, XmlVersionMajor, XmlVersionMinor, XmlVersionSubminor;
    unsigned char IpEngineLoadVersionMajor, IpEngineLoadVersionMinor, IpEngineLoadVersionSubminor;
    unsigned char CameraProperties;
    IPADDR ControllingIpAddress;
    unsigned int CameraLinkSpeed;
} CAMERA_ID_INFO;

typedef struct {
    char VendorName[33], ModelName[33], Description[256], SerialNumber[33], FirmwareVersion[12];
    char FPGAVersion[12], CameraName[256], XMLVersion[12], BootloadVersion[12], LensDescription[64];
} CAMERA_INFO;

typedef struct {
    int uReturnCode;
    char strFunctionName[64], strReturnCode[64], strReport[256];
} ERROR_REPORT;

typedef struct { unsigned int serial; int in_use; unsigned char ip[4]; } STUB_CAMERA;

static ERROR_REPORT last_error[MAX_CAMERAS + 1]; /* per handle; 0: calls without a camera */
static unsigned int current; /* the handle the running call is about */
static unsigned int open_serial[MAX_CAMERAS + 1];

static int stub_cameras(STUB_CAMERA *out) {
    const char *spec = getenv("PXL_STUB_CAMERAS");
    char buffer[512], *item, *save = NULL;
    int n = 0;
    if (!spec) return 0;
    snprintf(buffer, sizeof buffer, "%s", spec);
    for (item = strtok_r(buffer, ",", &save); item && n < MAX_CAMERAS; item = strtok_r(NULL, ",", &save)) {
        unsigned int a = 0, b = 0, c = 0, d = 0;
        char state[16] = "";
        memset(&out[n], 0, sizeof out[n]);
        if (sscanf(item, "%u:%15[a-z]:%u.%u.%u.%u", &out[n].serial, state, &a, &b, &c, &d) < 2) continue;
        out[n].in_use = strcmp(state, "inuse") == 0;
        out[n].ip[0] = a; out[n].ip[1] = b; out[n].ip[2] = c; out[n].ip[3] = d;
        n++;
    }
    return n;
}

static void stub_log(const char *what, unsigned int value) {
    const char *path = getenv("PXL_STUB_LOG");
    FILE *f;
    if (!path || !(f = fopen(path, "a"))) return;
    fprintf(f, "%s %u\n", what, value);
    fclose(f);
}

static int fail(int rc, const char *function, const char *name, const char *report) {
    ERROR_REPORT *e = &last_error[current <= MAX_CAMERAS ? current : 0];
    e->uReturnCode = rc;
    snprintf(e->strFunctionName, 64, "%s", function);
    snprintf(e->strReturnCode, 64, "%s", name);
    snprintf(e->strReport, 256, "%s", report);
    return rc;
}

int PxLGetNumberCamerasEx(CAMERA_ID_INFO *info, unsigned int *count) {
    STUB_CAMERA cams[MAX_CAMERAS];
    int n = stub_cameras(cams), i;
    current = 0;
    if (!count) return fail(ApiInvalidParameterError, "PxLGetNumberCamerasEx", "ApiInvalidParameterError", "");
    if (info) {
        for (i = 0; i < n && i < (int)*count; i++) {
            memset(&info[i], 0, sizeof info[i]);
            info[i].StructSize = sizeof info[i];
            info[i].CameraSerialNum = cams[i].serial;
            if (cams[i].ip[0]) {
                unsigned char mac[6] = {0x00, 0x1c, 0x4f, 0x00, 0x00, (unsigned char)i + 1};
                unsigned char mask[4] = {255, 255, 255, 0};
                memcpy(info[i].CameraMac.MacAddr, mac, 6);
                memcpy(info[i].CameraIpAddress.Address.u8Address, cams[i].ip, 4);
                memcpy(info[i].CameraIpMask.Address.u8Address, mask, 4);
                memcpy(info[i].CameraIpGateway.Address.u8Address, cams[i].ip, 3);
                info[i].CameraIpGateway.Address.u8Address[3] = 1;
                memcpy(info[i].NicIpAddress.Address.u8Address, cams[i].ip, 3);
                info[i].NicIpAddress.Address.u8Address[3] = 10;
                memcpy(info[i].NicIpMask.Address.u8Address, mask, 4);
                info[i].CameraIpAssignmentType = 3; /* static, persistent */
                info[i].CameraLinkSpeed = 1000;
            }
            info[i].XmlVersionMajor = 2;
            info[i].XmlVersionMinor = 1;
            info[i].XmlVersionSubminor = 4;
        }
    }
    *count = n;
    return ApiSuccess;
}

int PxLInitializeEx(unsigned int serial, void **handle, unsigned int flags) {
    STUB_CAMERA cams[MAX_CAMERAS];
    int n = stub_cameras(cams), i;
    (void)flags;
    current = 0;
    stub_log("init", serial);
    for (i = 0; i < n; i++) {
        if (cams[i].serial != serial) continue;
        if (cams[i].in_use)
            return fail(ApiCameraInUseError, "PxLInitializeEx", "ApiCameraInUseError",
                        "The camera is already in use by another application.");
        open_serial[i + 1] = serial;
        current = i + 1;
        memset(&last_error[current], 0, sizeof last_error[current]);
        if (i == 0) /* the first camera carries an error from an earlier stream, as support would want to see */
            fail((int)0x8000000B, "PxLSetStreamState", "ApiOutOfBandwidthError",
                 "Not enough USB bandwidth to stream at the requested frame rate.");
        *handle = (void *)(unsigned long)(i + 1);
        return ApiSuccess;
    }
    return fail(ApiNoCameraError, "PxLInitializeEx", "ApiNoCameraError", "No camera with that serial number.");
}

int PxLGetCameraInfoEx(unsigned int handle, CAMERA_INFO *info, unsigned int size) {
    char text[64];
    current = handle;
    if (handle < 1 || handle > MAX_CAMERAS || !open_serial[handle])
        return fail(ApiInvalidHandleError, "PxLGetCameraInfoEx", "ApiInvalidHandleError", "");
    if (size < sizeof *info)
        return fail(ApiInvalidParameterError, "PxLGetCameraInfoEx", "ApiInvalidParameterError", "");
    memset(info, 0, sizeof *info);
    strcpy(info->VendorName, "PixeLINK");
    strcpy(info->ModelName, "PL-D755MU");
    strcpy(info->Description, "PL-D755MU-T, 5.0 MP mono");
    snprintf(info->SerialNumber, 33, "%u", open_serial[handle]);
    snprintf(text, sizeof text, "%02X.%02X.%02X.%02X", 1, 2, 3, handle);
    strcpy(info->FirmwareVersion, text);
    strcpy(info->FPGAVersion, "02.01.00.07");
    snprintf(info->CameraName, 256, "Bench camera %u", handle);
    strcpy(info->XMLVersion, "02.01.04");
    strcpy(info->BootloadVersion, "01.00.03");
    strcpy(info->LensDescription, "Navitar 12x zoom");
    return ApiSuccess;
}

int PxLGetErrorReport(unsigned int handle, ERROR_REPORT *report) {
    if (!report) return ApiInvalidParameterError;
    *report = last_error[handle <= MAX_CAMERAS ? handle : 0];
    return ApiSuccess;
}

int PxLUninitialize(unsigned int handle) {
    current = handle;
    if (handle < 1 || handle > MAX_CAMERAS || !open_serial[handle])
        return fail(ApiInvalidHandleError, "PxLUninitialize", "ApiInvalidHandleError", "");
    stub_log("uninit", open_serial[handle]);
    open_serial[handle] = 0;
    return ApiSuccess;
}

/* Features, as PxLGetCameraFeatures (FEATURE_ALL) describes them and PxLGetFeature reads them. Every
 * PxLSetFeature would be a write: the stub has none, so a caller that tried would fail to load. */
#define FEATURE_ALL 0xFFFFFFFFu
#define FLAG_PRESENCE 0x1u
#define FLAG_MANUAL 0x2u
#define FLAG_AUTO 0x4u
#define FLAG_ONEPUSH 0x8u
#define FLAG_READ_ONLY 0x40u

typedef struct { float fMinValue, fMaxValue; } FEATURE_PARAM;
typedef struct { unsigned int uFeatureId, uFlags, uNumberOfParameters; FEATURE_PARAM *pParams; } FEATURE_DESC;
typedef struct { unsigned int uSize, uNumberOfFeatures; FEATURE_DESC *pFeatures; } CAMERA_FEATURES;

typedef struct {
    unsigned int id, flags, current_flags, count;
    float min[5], max[5], value[5];
} STUB_FEATURE;

static const STUB_FEATURE stub_features[] = {
    {7, FLAG_PRESENCE | FLAG_MANUAL | FLAG_AUTO | FLAG_ONEPUSH, FLAG_MANUAL, 1, {0.0001f}, {10.0f}, {0.02f}},
    {8, FLAG_PRESENCE | FLAG_MANUAL, FLAG_MANUAL, 1, {0.0f}, {24.0f}, {6.0f}},
    {11, FLAG_PRESENCE | FLAG_READ_ONLY, FLAG_READ_ONLY, 1, {-40.0f}, {100.0f}, {41.5f}},
    {12, FLAG_PRESENCE | FLAG_MANUAL, FLAG_MANUAL, 5, {0, 0, 0, 0, 0}, {14, 4, 1, 10, 256}, {0, 1, 0, 0, 1}},
    {18, FLAG_PRESENCE | FLAG_MANUAL | FLAG_AUTO, FLAG_AUTO, 1, {1.0f}, {100.0f}, {30.0f}},
    {19, FLAG_PRESENCE | FLAG_MANUAL, FLAG_MANUAL, 4, {0, 0, 16, 2}, {2576, 1942, 2592, 1944}, {0, 0, 2592, 1944}},
    {22, FLAG_PRESENCE | FLAG_MANUAL, FLAG_MANUAL, 1, {0.0f}, {20.0f}, {0.0f}},
};
#define STUB_FEATURE_COUNT (sizeof stub_features / sizeof stub_features[0])

static const STUB_FEATURE *stub_feature(unsigned int id) {
    unsigned int i;
    for (i = 0; i < STUB_FEATURE_COUNT; i++)
        if (stub_features[i].id == id) return &stub_features[i];
    return NULL;
}

int PxLGetCameraFeatures(unsigned int handle, unsigned int feature, CAMERA_FEATURES *out, unsigned int *size) {
    unsigned int i, params = 0, need;
    FEATURE_DESC *descs;
    FEATURE_PARAM *next;
    current = handle;
    if (handle < 1 || handle > MAX_CAMERAS || !open_serial[handle])
        return fail(ApiInvalidHandleError, "PxLGetCameraFeatures", "ApiInvalidHandleError", "");
    if (feature != FEATURE_ALL || !size)
        return fail(ApiInvalidParameterError, "PxLGetCameraFeatures", "ApiInvalidParameterError", "");
    for (i = 0; i < STUB_FEATURE_COUNT; i++) params += stub_features[i].count;
    need = sizeof(CAMERA_FEATURES) + STUB_FEATURE_COUNT * sizeof(FEATURE_DESC) + params * sizeof(FEATURE_PARAM);
    if (!out) { *size = need; return ApiSuccess; }
    if (*size < need) return fail(ApiInvalidParameterError, "PxLGetCameraFeatures", "ApiInvalidParameterError", "");
    descs = (FEATURE_DESC *)(out + 1);
    next = (FEATURE_PARAM *)(descs + STUB_FEATURE_COUNT);
    out->uSize = need;
    out->uNumberOfFeatures = STUB_FEATURE_COUNT;
    out->pFeatures = descs;
    for (i = 0; i < STUB_FEATURE_COUNT; i++) {
        unsigned int p;
        descs[i].uFeatureId = stub_features[i].id;
        descs[i].uFlags = stub_features[i].flags;
        descs[i].uNumberOfParameters = stub_features[i].count;
        descs[i].pParams = next;
        for (p = 0; p < stub_features[i].count; p++, next++) {
            next->fMinValue = stub_features[i].min[p];
            next->fMaxValue = stub_features[i].max[p];
        }
    }
    return ApiSuccess;
}

int PxLGetFeature(unsigned int handle, unsigned int feature, unsigned int *flags, unsigned int *count, float *values) {
    const STUB_FEATURE *f;
    unsigned int p;
    current = handle;
    if (handle < 1 || handle > MAX_CAMERAS || !open_serial[handle])
        return fail(ApiInvalidHandleError, "PxLGetFeature", "ApiInvalidHandleError", "");
    f = stub_feature(feature);
    if (!f || !flags || !count)
        return fail(ApiInvalidParameterError, "PxLGetFeature", "ApiInvalidParameterError", "");
    *flags = f->current_flags;
    if (!values) { *count = f->count; return ApiSuccess; }
    if (*count < f->count) return fail(ApiInvalidParameterError, "PxLGetFeature", "ApiInvalidParameterError", "");
    for (p = 0; p < f->count; p++) values[p] = f->value[p];
    *count = f->count;
    stub_log("getfeature", feature);
    return ApiSuccess;
}
