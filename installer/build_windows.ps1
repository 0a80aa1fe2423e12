<#
.SYNOPSIS
  Build photoclip for Windows: a one-folder PyInstaller bundle, checked with --self-test, wrapped by Inno Setup
  into dist\photoclip-VERSION-windows-x64-TORCH-setup.exe (Start-menu entry, optional desktop icon, uninstaller).

.DESCRIPTION
  Run from any folder, in PowerShell 5.1 or 7, on 64-bit Windows 10/11 with:
    - Python 3.11 or newer from python.org (the `py` launcher) or on PATH;
    - Inno Setup 6 (https://jrsoftware.org/isinfo.php; `winget install JRSoftware.InnoSetup`) for the installer.
  Everything is written under build\ and dist\ of the repository.

.PARAMETER Torch
  cpu (default): torch and torchvision from the PyTorch CPU index: no CUDA libraries, the installer for most people.
  cuda: the CUDA build from the PyTorch CUDA index ($env:PHOTOCLIP_TORCH_CUDA_INDEX, default cu128): the separate
        installer for machines with an NVIDIA GPU (about 2.5 GB larger; the setup is split into disk slices).
  system: a venv over this Python's own site-packages, building with whatever torch it has.

.PARAMETER BundleModel
  Ship this model's weights inside the app for offline installs (see installer\README.md), e.g.
  -BundleModel ViT-B-32-256/datacomp_s34b_b86k. Taken from this machine's Hugging Face cache (downloaded first if
  needed) or from -ModelFile.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installer\build_windows.ps1
  powershell -ExecutionPolicy Bypass -File installer\build_windows.ps1 -Torch cuda -BundleModel ViT-B-32-256/datacomp_s34b_b86k
#>
param(
    [ValidateSet("cpu", "cuda", "system")] [string] $Torch = "cpu",
    [string] $BundleModel = "",
    [string] $ModelFile = "",
    [string] $Python = "",
    [switch] $NoInstaller
)
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

function Step($text) { Write-Host "`n== $text" }
function Run($exe, [string[]] $arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe $($arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

if (-not $Python) {
    if (Get-Command py -ErrorAction SilentlyContinue) { $Python = "py" } else { $Python = "python" }
}
$PyArgs = @()
if ($Python -eq "py") { $PyArgs = @("-3") }

$Venv = "build\venv-win-$Torch"
$VPy = Join-Path $Root "$Venv\Scripts\python.exe"
Step "Python environment ($Venv, torch: $Torch)"
if (-not (Test-Path $VPy)) {
    $venvArgs = $PyArgs + @("-m", "venv")
    if ($Torch -eq "system") { $venvArgs += "--system-site-packages" }
    Run $Python ($venvArgs + @($Venv))
}
Run $VPy @("-m", "pip", "install", "--upgrade", "pip")
switch ($Torch) {
    "cpu" {
        $index = if ($env:PHOTOCLIP_TORCH_INDEX) { $env:PHOTOCLIP_TORCH_INDEX } else { "https://download.pytorch.org/whl/cpu" }
        Run $VPy @("-m", "pip", "install", "--upgrade", "torch", "torchvision", "--index-url", $index)
    }
    "cuda" {
        $index = if ($env:PHOTOCLIP_TORCH_CUDA_INDEX) { $env:PHOTOCLIP_TORCH_CUDA_INDEX } else { "https://download.pytorch.org/whl/cu128" }
        Run $VPy @("-m", "pip", "install", "--upgrade", "torch", "torchvision", "--index-url", $index)
    }
}
Run $VPy @("-m", "pip", "install", "-e", ".", "pyinstaller")
$TorchInfo = & $VPy -c "import torch; print(torch.__version__, 'CUDA ' + torch.version.cuda if torch.version.cuda else 'CPU-only')"
Write-Host "torch $TorchInfo"
if ($Torch -eq "cpu" -and $TorchInfo -match "CUDA") { throw "the CPU build got a CUDA torch ($TorchInfo)" }

Step "Icons"
Run $VPy @("installer\make_icons.py", "build\icons")
$env:PHOTOCLIP_ICON_DIR = Join-Path $Root "build\icons"
Remove-Item Env:\PHOTOCLIP_BUNDLE_MODEL_DIR -ErrorAction SilentlyContinue
$Suffix = $Torch
if ($BundleModel) {
    Step "Bundling the weights of $BundleModel"
    if (Test-Path build\bundled-model) { Remove-Item -Recurse -Force build\bundled-model }
    $stageArgs = @("-m", "photoclip.core.bundled_models", $BundleModel, "build\bundled-model")
    if ($ModelFile) { $stageArgs += @("--model-file", $ModelFile) }
    Run $VPy $stageArgs
    $env:PHOTOCLIP_BUNDLE_MODEL_DIR = Join-Path $Root "build\bundled-model"
    $Suffix = "$Torch-" + ($BundleModel.Split("/")[0].ToLower())
}

$Version = (& $VPy -c "import photoclip; print(photoclip.__version__)").Trim()
$Name = "photoclip-$Version-windows-x64-$Suffix"
$Stage = "build\windows\$Name"
Step "PyInstaller -> $Stage\photoclip"
if (Test-Path $Stage) { Remove-Item -Recurse -Force $Stage }
Run $VPy @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN", "--distpath", $Stage,
           "--workpath", "build\pyinstaller-windows-$Torch", "installer\photoclip.spec")
Remove-Item -Recurse -Force "build\pyinstaller-windows-$Torch"
$Bundle = Join-Path $Root "$Stage\photoclip"
$size = (Get-ChildItem $Bundle -Recurse -File | Measure-Object Length -Sum).Sum
Write-Host ("bundle size: {0:N0} MB" -f ($size / 1MB))

Step "Self-test of the built app"
$env:QT_QPA_PLATFORM = "offscreen"
Run "$Bundle\photoclip.exe" @("--self-test")
Remove-Item Env:\QT_QPA_PLATFORM

if ($NoInstaller) { exit 0 }
Step "Inno Setup -> dist\$Name-setup.exe"
$iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $iscc) {
    foreach ($dir in @("${env:ProgramFiles(x86)}\Inno Setup 6", "$env:ProgramFiles\Inno Setup 6", "$env:LOCALAPPDATA\Programs\Inno Setup 6")) {
        if (Test-Path "$dir\ISCC.exe") { $iscc = "$dir\ISCC.exe"; break }
    }
}
if (-not $iscc) { throw "Inno Setup 6 (ISCC.exe) was not found: install it (winget install JRSoftware.InnoSetup) or use -NoInstaller" }
New-Item -ItemType Directory -Force dist | Out-Null
$isccArgs = @("/Qp", "/DAppVersion=$Version", "/DSourceDir=$Bundle", "/DOutputDir=$(Join-Path $Root 'dist')",
              "/DOutputBaseName=$Name-setup", "/DIconFile=$(Join-Path $Root 'build\icons\photoclip.ico')")
# Inno Setup's single-file setup stops at about 2 GB: a bigger bundle (CUDA, or a bundled large model) is split into
# setup.exe plus .bin slices that are shipped together.
if ($size -gt 1.8GB) { $isccArgs += "/DDiskSpanning" }
Run $iscc ($isccArgs + @("installer\windows\photoclip.iss"))
Get-ChildItem "dist\$Name-setup*" | ForEach-Object { Write-Host ("{0}: {1:N0} MB" -f $_.Name, ($_.Length / 1MB)) }
