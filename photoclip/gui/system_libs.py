"""Before the window opens on Linux: are the system libraries Qt's X11 (xcb) platform plugin needs installed?

The PySide6 wheel (and the bundle) carry Qt itself but not the X11 helper libraries a desktop usually has and a
fresh or minimal install may lack (Ubuntu 24.04 ships without libxcb-cursor0). Without one, Qt prints "could not
load the Qt platform plugin xcb" and aborts the process. This module names what is missing, with the packages
to install, before Qt gets the chance. No Qt is imported here: the check must run before Qt loads anything.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SystemLib:
    soname: str
    debian: str  # Debian and Ubuntu package
    fedora: str  # Fedora / RHEL package


# What Qt 6's libqxcb.so and libQt6XcbQpa.so.6 link against beyond Qt, libc and OpenGL (from `ldd` of PySide6
# 6.12's plugin), with the package that provides each.
XCB_LIBS: tuple[SystemLib, ...] = (
    SystemLib("libxcb.so.1", "libxcb1", "libxcb"),
    SystemLib("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    SystemLib("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    SystemLib("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    SystemLib("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    SystemLib("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    SystemLib("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    SystemLib("libxcb-render.so.0", "libxcb-render0", "libxcb"),
    SystemLib("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    SystemLib("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    SystemLib("libxcb-shm.so.0", "libxcb-shm0", "libxcb"),
    SystemLib("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
    SystemLib("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
    SystemLib("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    SystemLib("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    SystemLib("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
    SystemLib("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
)


def platform_would_be_xcb(env: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether Qt would start on X11 here: Linux, a DISPLAY, and neither QT_QPA_PLATFORM naming another plugin
    (offscreen, wayland, …) nor a Wayland session (where Qt tries its wayland plugin first)."""
    env = os.environ if env is None else env
    if not (platform or sys.platform).startswith("linux") or not env.get("DISPLAY"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0].strip() == "xcb"
    return not env.get("WAYLAND_DISPLAY")


def _bundled_dirs() -> list[Path]:
    """Folders that may carry the libraries themselves: Qt's own lib folder, and a PyInstaller bundle's."""
    dirs = []
    with contextlib.suppress(ImportError):
        import PySide6  # the package only, no Qt module: its folder

        dirs.append(Path(PySide6.__file__).parent / "Qt" / "lib")
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs.append(Path(bundle))
    return dirs


def can_load(soname: str) -> bool:
    """Whether the dynamic linker finds and loads ``soname`` (with what it needs in turn) from the system's
    library path, as it will when Qt loads its xcb plugin."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing(libs: Iterable[SystemLib] = XCB_LIBS, loader: Callable[[str], bool] | None = None,
            bundled: Iterable[Path] | None = None) -> list[SystemLib]:
    """Those of ``libs`` found neither beside Qt (or in the bundle) nor by the dynamic linker."""
    dirs = _bundled_dirs() if bundled is None else list(bundled)
    load = loader or can_load
    return [lib for lib in libs if not any((d / lib.soname).exists() for d in dirs) and not load(lib.soname)]


def advice(libs: list[SystemLib]) -> str:
    """What to tell the user about ``libs`` (missing), with the commands that install them."""
    debian = " ".join(dict.fromkeys(lib.debian for lib in libs))
    fedora = " ".join(dict.fromkeys(lib.fedora for lib in libs))
    return (f"the app cannot open its window: Qt's X11 (xcb) platform needs system libraries that are not "
            f"installed: {', '.join(lib.soname for lib in libs)}.\n"
            f"Install them, then start photoclip again:\n"
            f"  Debian, Ubuntu:  sudo apt install {debian}\n"
            f"  Fedora:          sudo dnf install {fedora}\n"
            f"The command line works without them (`photoclip --help`).")


NO_DISPLAY = ("the app needs a graphical desktop, and none was found (neither DISPLAY nor WAYLAND_DISPLAY is "
              "set, e.g. over ssh without -X). The command line works without one (`photoclip --help`).")


def check_before_qt(env: Mapping[str, str] | None = None, platform: str | None = None) -> str | None:
    """The message to print instead of letting Qt abort, or None when the window can be tried."""
    env = os.environ if env is None else env
    if ((platform or sys.platform).startswith("linux") and not env.get("QT_QPA_PLATFORM")
            and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY")):
        return NO_DISPLAY  # Qt would abort with "could not connect to display"
    if not platform_would_be_xcb(env, platform):
        return None
    libs = missing()
    return advice(libs) if libs else None
