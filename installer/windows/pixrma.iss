; Inno Setup 6 script: the Windows installer for pixrma-desktop.
;
; Build on Windows with one command (builds the frozen app first, then this installer):
;     py installer\build.py --setup
; or, with the frozen app already in dist\pixrma-desktop:
;     iscc installer\windows\pixrma.iss
;
; The installer asks whether to install for all users (needs administrator rights, Program Files) or only for
; the current user (no rights needed, %LOCALAPPDATA%\Programs). Uninstalling keeps the user's drafts and
; settings, which live in the user's profile, not in the program folder.
; tests/unit/test_windows_installer.py parses this file: keep its version equal to pixrma_desktop.__version__.

#define AppName "Pixelink RMA Assistant"
#define AppVersion "0.1.0"
#define AppNumericVersion "0.1.0.0"
#define AppPublisher "pixrma-desktop"
#define WindowedExe "pixrma-desktop.exe"
#define ConsoleExe "pixrma.exe"
#ifndef BuildDir
  #define BuildDir "..\..\dist\pixrma-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
AppId={{2C7BCE66-F14E-4AF2-8F44-EFAF7AB9FB77}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoDescription={#AppName} setup
DefaultDirName={autopf}\pixrma-desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=pixrma-desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\pixrma.ico
UninstallDisplayIcon={app}\{#WindowedExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build: both executables and _internal\ (Python, Qt, genicam, libusb, resources).
Source: "{#BuildDir}\{#WindowedExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BuildDir}\{#ConsoleExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BuildDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of an older version that this one no longer ships.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#WindowedExe}"; Comment: "Camera identity, evidence and RMA requests"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#WindowedExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#WindowedExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
