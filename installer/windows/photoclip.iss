; Inno Setup 6 script for photoclip: installs the PyInstaller bundle, adds a Start-menu entry (and optionally a
; desktop icon), registers an uninstaller. Built by installer\build_windows.ps1, which passes the defines below:
;   iscc /DAppVersion=0.1.0 /DSourceDir=...\photoclip /DOutputDir=...\dist /DOutputBaseName=... /DIconFile=...\photoclip.ico photoclip.iss
; The user's library, settings and downloaded models (%LOCALAPPDATA%\photoclip, the Hugging Face cache) are never
; touched by the uninstaller: they belong to the user, and a reinstall finds them again.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #error SourceDir (the PyInstaller bundle folder) must be defined
#endif
#ifndef OutputDir
  #define OutputDir "."
#endif
#ifndef OutputBaseName
  #define OutputBaseName "photoclip-" + AppVersion + "-setup"
#endif

[Setup]
; The AppId identifies photoclip to Windows across versions (upgrades replace, the uninstaller finds it): never change it.
AppId={{6C1F7E2A-4B5D-4E8F-9A31-2D7C0B5E8F14}
AppName=photoclip
AppVersion={#AppVersion}
AppVerName=photoclip {#AppVersion}
AppPublisher=photoclip
AppComments=Find your photos by describing them, privately on your own computer.
DefaultDirName={autopf}\photoclip
DefaultGroupName=photoclip
DisableProgramGroupPage=yes
; Installs for the current user without admin rights by default; the dialog offers all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBaseName}
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
UninstallDisplayIcon={app}\photoclip-app.exe
UninstallDisplayName=photoclip
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
#ifdef DiskSpanning
DiskSpanning=yes
DiskSliceSize=max
#endif
CloseApplications=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle whole: libraries of the previous version must not linger beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\photoclip"; Filename: "{app}\photoclip-app.exe"; Comment: "Find your photos by describing them"
Name: "{group}\Uninstall photoclip"; Filename: "{uninstallexe}"
Name: "{autodesktop}\photoclip"; Filename: "{app}\photoclip-app.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\photoclip-app.exe"; Description: "{cm:LaunchProgram,photoclip}"; Flags: nowait postinstall skipifsilent
