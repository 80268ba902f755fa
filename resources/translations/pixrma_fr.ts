<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AppStatusBar</name>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Offline — requests wait in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not scanned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan: {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Drop screenshots, logs or other files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraDetails</name>
    <message>
        <source>Select a camera to see every detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraProblemBox</name>
    <message>
        <source>Read from the camera by the scan; it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you do, what do you expect, and what happens instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026-11-02, or since the firmware update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now and then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it happened once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste each error or warning message on its own line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact error text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the scan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CamerasPage</name>
    <message>
        <source>&amp;Scan for cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a camera by &amp;hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a camera you added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{probe}: looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{probe}: {n} found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{probe}: timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{probe}: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{probe}: failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan cancelled; the list may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found (scan at {time}). Check the cable and power, then scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} camera(s) found at {time} in {seconds:.1f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by the {probe} probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the cameras added by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pixelink RMA Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox &amp; tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{page} (Ctrl+{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request was filed as support ticket #{ticket}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualCameraDialog</name>
    <message>
        <source>Add a camera by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a camera that no longer shows up. The serial number is on the label on the camera body (or on the invoice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PL-D755CU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if you know it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. stopped showing up after a power cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the serial number: support cannot open an RMA without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the model (as printed on the camera).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>The support ticket number comes with the confirmation e-mail; it is not the RMA number. An RMA number appears only once support has decided the camera must come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about this request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open dealer package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent. Support filed your request as ticket #{ticket} (this is not an RMA number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests wait in the outbox: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view what will be sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a repaired or replaced camera goes back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase and warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directly from the camera vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a dealer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought from a dealer: the vendor asks you to contact your dealer, so nothing is sent to the vendor. The app makes a dealer package instead: the report, the evidence and a ready e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealer&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras and what is wrong with each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cameras from the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a camera by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides this window for a moment and captures the screen, e.g. an error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files
(drop files here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else support should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One box per camera: say what happens with each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan found only demo cameras, which cannot go into a real request. Add your camera by hand (its serial number is on the bottom of the camera).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan for cameras, or add a camera by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;dealer package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: ready to submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix before it can be sent (shown next to each field).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Draft saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen could not be captured here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not sent yet: fix the %n thing(s) shown next to the fields first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dealer package ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dealer package is in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent to the vendor. Open the e-mail in the package (message-to-dealer.eml), check it and send it to your dealer, or forward the zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting the request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review what will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is exactly what goes to support with your request. Nothing else leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed before sending: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needed redacting: the bundle holds only the report, the camera list and your files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Tracker (the vendor&apos;s support system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for a company certificate authority (PEM file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMA queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for serial numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for the camera model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for the firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for the submission ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (SSL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (local relay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support address (to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your address (from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store in keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send requests with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan for cameras when the app starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always show the three demo cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when no real camera is found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GenTL producer folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on a probe after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect system logs from the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder with GenTL producers (.cti)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste the password here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste the token support gave you here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keyring (it is never shown again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the secret first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
