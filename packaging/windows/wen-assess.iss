; Inno Setup script: the app folder built by packaging/build.py, installed per user.
; Build (on Windows, after build.py):
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\wen-assess /Odist packaging\windows\wen-assess.iss
; No administrator rights: it installs to %LOCALAPPDATA%\Programs\wen-assess and adds a
; Start-menu entry for the current user. The user's data (%APPDATA%\wen-assess: the
; assessments database, settings, error log) is never touched by install or uninstall.
; Long paths: the executables' manifest (PyInstaller's default) declares longPathAware, so
; paths over 260 characters work where Windows allows them (the LongPathsEnabled policy,
; machine-wide; a per-user installer cannot and does not change it).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\wen-assess"
#endif

[Setup]
; A fixed id: a newer version replaces the older one in place.
AppId={{6B0E4C8A-2F4D-4E7B-9A61-5C3E8D21F0A7}
AppName=WEN Assess
AppVersion={#AppVersion}
AppPublisher=wen-assess
DefaultDirName={autopf}\wen-assess
DefaultGroupName=WEN Assess
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
OutputBaseFilename=wen-assess-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\wen-assess-gui.exe
; Closes a running copy before files are replaced (it would hold its DLLs open).
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "pt"; MessagesFile: "compiler:Languages\Portuguese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of an older version that this one no longer ships.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
; The windowed executable: no console window flashes when a coordinator opens the app.
Name: "{group}\WEN Assess"; Filename: "{app}\wen-assess-gui.exe"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\WEN Assess"; Filename: "{app}\wen-assess-gui.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\wen-assess-gui.exe"; Description: "{cm:LaunchProgram,WEN Assess}"; Flags: nowait postinstall skipifsilent

; [UninstallDelete] is deliberately absent: uninstalling removes only what [Files] installed,
; never the user's data folder in %APPDATA%\wen-assess.
