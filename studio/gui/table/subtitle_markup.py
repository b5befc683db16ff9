"""Subtitle markup shown as formatting in the table: <i>, <b>, <u> and <font color> are applied, and
{\\an8}-style override tags (positions, karaoke...) are drawn small and dimmed, never as raw text
mixed with the words. What is spoken is decided elsewhere (studio/core/speech.py strips all of them).
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

# One alternative per kind of markup; anything else stays text (escaped), as a player would show it.
_MARKUP = re.compile(r"(?P<ass>\{\\[^{}]*\})"
                     r"|<\s*(?P<close>/)?\s*(?P<tag>[ibu])\s*>"
                     r"|<\s*font\b(?P<attrs>[^<>]*)>|(?P<endfont><\s*/\s*font\s*>)", re.IGNORECASE)
_COLOR = re.compile(r"""color\s*=\s*["']?(#[0-9a-f]{3,8}|[a-z]+)""", re.IGNORECASE)


def has_markup(text: str) -> bool:
    return ("<" in text or "{" in text) and _MARKUP.search(text) is not None


def markup_html(text: str, dim: QColor) -> str:
    """The text as Qt rich text: formatting applied, override tags dimmed, everything else escaped."""
    parts: list[str] = []
    pos = 0
    fonts = 0
    for match in _MARKUP.finditer(text):
        parts.append(html.escape(text[pos:match.start()]))
        pos = match.end()
        if match["ass"]:
            parts.append(f'<span style="color:{dim.name()}; font-size:small">{html.escape(match["ass"])}</span>')
        elif match["tag"]:
            parts.append(f"<{'/' if match['close'] else ''}{match['tag'].lower()}>")
        elif match["endfont"]:
            if fonts:
                fonts -= 1
                parts.append("</font>")
        else:
            color = _COLOR.search(match["attrs"] or "")
            fonts += 1
            parts.append(f'<font color="{html.escape(color[1])}">' if color else "<font>")
    parts.append(html.escape(text[pos:]))
    parts.append("</font>" * fonts)
    return "".join(parts).replace("\n", "<br>")


def paint_markup(painter: QPainter, option: QStyleOptionViewItem, text: str) -> None:
    """Draw a table cell (background, selection, focus) with its text as formatted markup."""
    widget = option.widget
    style = widget.style() if widget is not None else None
    palette = option.palette
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    # The model's colour (a silent line is dimmed) is in the Text role, as initStyleOption put it.
    color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
    option.text = ""
    if style is not None:
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect.adjust(margin, 0, -margin, 0)  # where Qt draws plain text: both kinds of lines align
    else:
        rect = option.rect
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(option.font)
    wrap = QTextOption()
    wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(wrap)
    dim = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    document.setHtml(markup_html(text, dim))
    document.setTextWidth(rect.width())
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, color)
    top = rect.top() + max(0.0, (rect.height() - document.size().height()) / 2)
    painter.save()
    painter.setClipRect(rect)
    painter.translate(rect.left(), top)
    context.clip = QRectF(0, 0, rect.width(), rect.height())
    document.documentLayout().draw(painter, context)
    painter.restore()
