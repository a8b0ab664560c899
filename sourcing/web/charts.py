"""Charts drawn on the server as inline SVG: no JavaScript, no external stylesheet or
font, every label escaped (names and skills come from the outside world)."""

from collections.abc import Sequence

from markupsafe import Markup, escape

_PALETTE = {"blue": "#2b6cb0", "green": "#2f855a", "orange": "#c05621", "purple": "#6b46c1"}


def _truncate(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def bar_chart(
    title: str,
    items: Sequence[tuple[str, int]],
    *,
    colour: str = "blue",
    share_of_first: bool = False,
    width: int = 520,
    label_width: int = 180,
    bar_height: int = 22,
) -> Markup:
    """Horizontal bars, one per ``(label, value)``. ``share_of_first`` adds each bar's
    percentage of the first one (a funnel)."""
    fill = _PALETTE.get(colour, _PALETTE["blue"])
    gap, top, value_width = 6, 30, 90
    height = top + max(len(items), 1) * (bar_height + gap) + 4
    scale_width = width - label_width - value_width
    largest = max((value for _, value in items), default=0)
    first = items[0][1] if items else 0
    title_id = "chart-" + "".join(ch if ch.isalnum() else "-" for ch in title.lower())
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'aria-labelledby="{escape(title_id)}">',
        f'<title id="{escape(title_id)}">{escape(title)}</title>',
        f'<text x="0" y="18" font-size="15" font-weight="bold" fill="#222">{escape(title)}</text>',
    ]
    if not items:
        parts.append(f'<text x="0" y="{top + 16}" font-size="13" fill="#777">no data yet</text>')
    for index, (label, value) in enumerate(items):
        y = top + index * (bar_height + gap)
        length = 0 if largest == 0 else max(round(scale_width * value / largest), 1 if value else 0)
        note = str(value)
        if share_of_first and first:
            note += f" · {round(100 * value / first)}%"
        parts += [
            f'<text x="{label_width - 8}" y="{y + bar_height * 0.7:.1f}" font-size="13" '
            f'text-anchor="end" fill="#222">{escape(_truncate(label, 26))}</text>',
            f'<rect x="{label_width}" y="{y}" width="{length}" height="{bar_height}" '
            f'rx="3" fill="{fill}"><title>{escape(label)}: {value}</title></rect>',
            f'<text x="{label_width + length + 6}" y="{y + bar_height * 0.7:.1f}" '
            f'font-size="13" fill="#222">{escape(note)}</text>',
        ]
    parts.append("</svg>")
    return Markup("".join(parts))
