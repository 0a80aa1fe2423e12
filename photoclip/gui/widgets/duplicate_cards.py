"""The members of one duplicate group side by side: a card per photo with what tells copies apart.

Each card shows the thumbnail (whole, not cropped: the crop is often the difference), then resolution, file
size, format, date taken, folder and name, and how far it is from the suggested photo; the keeper's card says why
it was suggested ("sharpest: 2.4× the focus measure of the next"). The photo to keep wears a "Keep" badge; the
best resolution and the largest file of the group are in bold so the eye finds them. Like
the grid, the delegate only paints what the thumbnail loader already holds.
"""

from __future__ import annotations

import os

from photoclip.gui.dates import taken_text
from photoclip.gui.models.duplicate_groups import GroupEntry, MemberListModel, human_bytes
from photoclip.gui.qt import (
    QAbstractItemView,
    QColor,
    QCoreApplication,
    QFont,
    QFontMetrics,
    QListView,
    QModelIndex,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QWidget,
)
from photoclip.gui.thumbnails import ThumbnailLoader

THUMB = 240
TEXT_LINES = 6
PAD = 8
RADIUS = 8.0
KEEP_GREEN = QColor("#2e9d5b")
translate = QCoreApplication.translate


def _date(taken_at: str | None) -> str:
    return taken_text(taken_at) or translate("Duplicates", "no date taken")


def card_lines(entry: GroupEntry, row: int) -> list[tuple[str, bool]]:
    """(text, bold) lines of a member's card; bold marks the group's best resolution and largest file."""
    p = entry.members[row]
    pixels = [(m.width or 0) * (m.height or 0) for m in entry.members]
    sizes = [m.size for m in entry.members]
    res = f"{p.width} × {p.height}" if p.width and p.height else translate("Duplicates", "size unknown")
    lines = [
        (res, (p.width or 0) * (p.height or 0) == max(pixels) and len(set(pixels)) > 1),
        (f"{human_bytes(p.size)} · {p.format or os.path.splitext(p.path)[1].lstrip('.').upper()}",
         p.size == max(sizes) and len(set(sizes)) > 1),
        (_date(p.taken_at), False),
        (os.path.basename(p.path), False),
        (os.path.dirname(p.path), False),
    ]
    lines.append((_evidence(entry, p.id), False))
    return lines


def keeper_reason(entry: GroupEntry) -> str:
    """Why the photo to keep is kept, in the user's language (from the core's structured reason)."""
    g = entry.group
    if entry.keeper_id != g.keeper_id:
        return translate("Duplicates", "your choice")
    r = g.keeper_reason
    rule = r.get("rule")
    if rule == "sharpest":
        if r.get("ratio") is None:
            return translate("Duplicates", "sharpest")
        return translate("Duplicates", "sharpest: {0:.1f}× the focus measure of the next").format(r["ratio"])
    if rule == "raw_pair":
        return translate("Duplicates", "the RAW original of a RAW + JPEG pair")
    if rule == "raw":
        return translate("Duplicates", "the RAW original")
    if rule == "resolution":
        return translate("Duplicates", "highest resolution: {0:.1f} MP against {1:.1f} MP").format(
            r.get("megapixels", 0.0), r.get("next_megapixels", 0.0))
    if rule == "size":
        return translate("Duplicates", "largest file: {0} against {1}").format(
            human_bytes(r.get("bytes", 0)), human_bytes(r.get("next_bytes", 0)))
    if rule == "date":
        return translate("Duplicates", "earliest date taken")
    if rule == "metadata":
        return translate("Duplicates", "richest metadata (date taken, camera)")
    if rule == "name":
        return translate("Duplicates", "shortest file name (copies get suffixes)")
    if rule == "oldest":
        return translate("Duplicates", "in the library longest")
    return translate("Duplicates", "suggested to keep")


def _evidence(entry: GroupEntry, photo_id: int) -> str:
    g = entry.group
    if photo_id == entry.keeper_id:
        return translate("Duplicates", "kept: {0}").format(keeper_reason(entry))
    if g.strength == "identical":
        return translate("Duplicates", "identical bytes")
    if g.strength == "same":
        d = g.evidence.get("distance", {}).get(photo_id)
        return translate("Duplicates", "%n bit(s) from the suggested photo", None, d) if d is not None else ""
    s = g.evidence.get("similarity", {}).get(photo_id)
    return translate("Duplicates", "similarity {0:.3f} to the suggested photo").format(s) if s is not None else ""


class MemberDelegate(QStyledItemDelegate):
    def __init__(self, loader: ThumbnailLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = loader

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()  # type: ignore[attr-defined]
        return QSize(THUMB + 2 * PAD, THUMB + 4 * PAD + TEXT_LINES * line)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        model = index.model()
        assert isinstance(model, MemberListModel)
        entry, p = model.entry, model.member(index.row())
        if entry is None or p is None:
            return
        rect = QRectF(option.rect.adjusted(4, 4, -4, -4))  # type: ignore[attr-defined]
        pal: QPalette = option.palette  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        keeper = p.id == entry.keeper_id
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        card = QPainterPath()
        card.addRoundedRect(rect, RADIUS, RADIUS)
        painter.fillPath(card, pal.color(QPalette.ColorRole.AlternateBase))

        thumb = QRectF(rect.left() + PAD - 4, rect.top() + PAD - 4, THUMB, THUMB)
        pm = self.loader.pixmap(p.id, p.path, p.mtime_ns)
        if pm is not None and not pm.isNull():
            size = pm.deviceIndependentSize()
            scale = min(thumb.width() / size.width(), thumb.height() / size.height())
            w, h = size.width() * scale, size.height() * scale
            target = QRectF(thumb.center().x() - w / 2, thumb.center().y() - h / 2, w, h)
            painter.drawPixmap(target.toRect(), pm)
        else:
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            text = self.loader.failure(p.id) or translate("Duplicates", "Loading…")
            painter.drawText(thumb, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)

        font = QFont(option.font)  # type: ignore[attr-defined]
        metrics = QFontMetrics(font)
        y = thumb.bottom() + PAD
        width = int(rect.width() - 2 * PAD)
        skipped = entry.skipped.get(p.id)
        lines = card_lines(entry, index.row())
        if skipped:
            lines[-1] = (translate("Duplicates", "left alone: {0}").format(skipped), True)
        for text, bold in lines:
            font.setBold(bold)
            painter.setFont(font)
            painter.setPen(pal.color(QPalette.ColorRole.Text if bold or text == lines[0][0]
                                     else QPalette.ColorRole.PlaceholderText))
            elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideMiddle, width)
            painter.drawText(QRect(int(rect.left() + PAD), int(y), width, metrics.lineSpacing()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
            y += metrics.lineSpacing()

        badge_text = translate("Duplicates", "Keep") if keeper else translate("Duplicates", "Extra copy")
        font.setBold(True)
        painter.setFont(font)
        bw = QFontMetrics(font).horizontalAdvance(badge_text) + 16
        badge = QRectF(thumb.left() + 6, thumb.top() + 6, bw, metrics.height() + 6)
        path = QPainterPath()
        path.addRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        painter.fillPath(path, KEEP_GREEN if keeper else QColor(0, 0, 0, 150))
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, badge_text)

        if keeper:
            painter.setPen(QPen(KEEP_GREEN, 3))
            painter.drawRoundedRect(rect.adjusted(1.5, 1.5, -1.5, -1.5), RADIUS - 1, RADIUS - 1)
        if state & QStyle.StateFlag.State_HasFocus or state & QStyle.StateFlag.State_Selected:
            hl = pal.color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(hl, 2, Qt.PenStyle.DashLine if keeper else Qt.PenStyle.SolidLine))
            painter.drawRoundedRect(rect.adjusted(5, 5, -5, -5), RADIUS - 3, RADIUS - 3)
        painter.restore()


class MemberCards(QListView):
    """Cards left to right, wrapping; arrow keys move between them."""

    def __init__(self, model: MemberListModel, loader: ThumbnailLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateCards")
        self.setModel(model)
        self.setItemDelegate(MemberDelegate(loader, self))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setSpacing(6)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        loader.ready.connect(model.photo_changed)
