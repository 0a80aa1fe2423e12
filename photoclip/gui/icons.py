"""The app's icons: small line-art SVGs from resources/icons, drawn in the palette's text colour.

The SVGs say ``stroke="currentColor"``; Qt's SVG renderer has no notion of a current colour, so the colour is
written into the SVG text before rendering. That keeps one set of files right on both the light and the dark
theme. When the resources folder is not there (an install without it), Qt's standard icons stand in.
"""

from __future__ import annotations

from functools import cache

from photoclip.core.package_data import resources_dir
from photoclip.gui.qt import (
    QApplication,
    QByteArray,
    QColor,
    QIcon,
    QPainter,
    QPalette,
    QPixmap,
    QStyle,
    QSvgRenderer,
    Qt,
)

SIZES = (16, 20, 24, 32, 48, 64, 128)

_STANDARD = {
    "search": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "folder": QStyle.StandardPixmap.SP_DirIcon,
    "folder-open": QStyle.StandardPixmap.SP_DirOpenIcon,
    "folder-plus": QStyle.StandardPixmap.SP_FileDialogNewFolder,
    "folder-minus": QStyle.StandardPixmap.SP_TrashIcon,
    "pause": QStyle.StandardPixmap.SP_MediaPause,
    "play": QStyle.StandardPixmap.SP_MediaPlay,
    "stop": QStyle.StandardPixmap.SP_MediaStop,
    "alert": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "close": QStyle.StandardPixmap.SP_DialogCloseButton,
    "chevron-left": QStyle.StandardPixmap.SP_ArrowLeft,
    "chevron-right": QStyle.StandardPixmap.SP_ArrowRight,
    "refresh": QStyle.StandardPixmap.SP_BrowserReload,
    "check": QStyle.StandardPixmap.SP_DialogApplyButton,
}


def icon(name: str, color: QColor | None = None) -> QIcon:
    """The named icon in ``color`` (default: the palette's text colour; disabled state faded)."""
    palette = QApplication.palette()
    normal = color or palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    # SVG colours are #rrggbb (no alpha), so "disabled" is the text colour mixed 40/60 into the background.
    bg = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    disabled = QColor.fromRgbF(*(0.4 * a + 0.6 * b for a, b in zip(text.getRgbF()[:3], bg.getRgbF()[:3],
                                                                   strict=True)))
    return _icon(name, normal.name(), disabled.name())


def app_icon() -> QIcon:
    svg = _svg_text("logo")
    if svg is None:
        return QIcon()
    out = QIcon()
    for size in (*SIZES, 256):
        out.addPixmap(_render(svg, size))
    return out


def pixmap(name: str, size: int, color: QColor | None = None) -> QPixmap:
    return icon(name, color).pixmap(size, size)


@cache
def _icon(name: str, normal: str, disabled: str) -> QIcon:
    svg = _svg_text(name)
    if svg is None:
        std = _STANDARD.get(name)
        style = QApplication.style()
        return style.standardIcon(std) if std is not None and style is not None else QIcon()
    out = QIcon()
    for size in SIZES:
        out.addPixmap(_render(svg.replace("currentColor", normal), size), QIcon.Mode.Normal)
        out.addPixmap(_render(svg.replace("currentColor", disabled), size), QIcon.Mode.Disabled)
    return out


@cache
def _svg_text(name: str) -> str | None:
    folder = resources_dir()
    if folder is None:
        return None
    try:
        return (folder / "icons" / f"{name}.svg").read_text(encoding="utf-8")
    except OSError:
        return None


def _render(svg: str, size: int) -> QPixmap:
    # One plain pixmap per size: QIcon picks the nearest for size × device pixel ratio, so the big ones serve
    # HiDPI screens.
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pm)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return pm


def clear_cache() -> None:
    """The theme changed: icons are drawn again in the new colours on next use."""
    _icon.cache_clear()
