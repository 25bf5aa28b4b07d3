; Per-user installer for Windows: no administrator rights, a Start-menu entry with the app's
; icon, an uninstaller listed in Settings → Apps. Built by scripts/package-windows.sh, which
; passes VERSION, VERSION_NUM (digits and dots), EXE (the built .exe), ICON (an .ico) and OUTFILE with -D.
; Plans (in Documents) and the app's own data (autosaves, imported models) are never removed.

Unicode true
; A 64-bit installer for the 64-bit app (and it runs under a 64-bit-only Wine).
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!include "MUI2.nsh"

!define APP_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\SocialFranchisePlanner"
!define APP_EXE "social-franchise-planner.exe"

Name "Social Franchise Planner ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Social Franchise Planner"
InstallDirRegKey HKCU "${APP_KEY}" "InstallLocation"
VIProductVersion "${VERSION_NUM}.0"
VIAddVersionKey /LANG=0 "ProductName" "Social Franchise Planner"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "Social Franchise Planner ${VERSION} setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT OR Apache-2.0"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
; The first language is used when Windows speaks neither.
!insertmacro MUI_LANGUAGE "Polish"
!insertmacro MUI_LANGUAGE "English"

LangString SHORTCUT_NAME ${LANG_POLISH} "Planer franczyzy społecznej"
LangString SHORTCUT_NAME ${LANG_ENGLISH} "Social Franchise Planner"

Section "Install"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File "/oname=${APP_EXE}" "${EXE}"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\$(SHORTCUT_NAME).lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
  WriteRegStr HKCU "${APP_KEY}" "DisplayName" "$(SHORTCUT_NAME)"
  WriteRegStr HKCU "${APP_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${APP_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${APP_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${APP_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${APP_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${APP_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${APP_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\Planer franczyzy społecznej.lnk"
  Delete "$SMPROGRAMS\Social Franchise Planner.lnk"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${APP_KEY}"
SectionEnd
