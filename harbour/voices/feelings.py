"""The five-point feelings scale a child checks in with: words and simple drawn faces.

Pure Python. The faces are inline SVG (no emoji font needed, no script, no inline style):
the same circle and eyes, with a mouth that curves from a frown to a broad smile.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Feeling:
    value: int
    word: str  # for everyone, in plain words a young child knows
    older_word: str  # for young people, a little less babyish
    css: str


FEELINGS: tuple[Feeling, ...] = (
    Feeling(1, "Very sad", "Really low", "feel-1"),
    Feeling(2, "A bit sad", "Not great", "feel-2"),
    Feeling(3, "Okay", "Okay", "feel-3"),
    Feeling(4, "Happy", "Good", "feel-4"),
    Feeling(5, "Very happy", "Really good", "feel-5"),
)
BY_VALUE = {f.value: f for f in FEELINGS}
FILLS = {1: "#8fb3d9", 2: "#b5cde6", 3: "#f2dc8c", 4: "#f5c56b", 5: "#f0a94f"}


def feeling_word(value: int, *, older: bool = False) -> str:
    feeling = BY_VALUE.get(value)
    if feeling is None:
        return ""
    return feeling.older_word if older else feeling.word


def face_svg(value: int, *, size: int = 64) -> SafeString:
    """A decorative face for a scale point (the button's text carries the meaning)."""
    curve = (value - 3) * 7  # negative: frown, positive: smile
    mouth_y = 44 if curve >= 0 else 48
    fill = FILLS.get(value, "#f2dc8c")
    return mark_safe(  # noqa: S308 - built only from integers above
        f'<svg xmlns="http://www.w3.org/2000/svg" class="face" viewBox="0 0 64 64" '
        f'width="{size}" height="{size}" aria-hidden="true" focusable="false">'
        f'<circle cx="32" cy="32" r="29" fill="{fill}" stroke="#1d2a30" stroke-width="2.5"/>'
        f'<circle cx="22" cy="26" r="3.5" fill="#1d2a30"/>'
        f'<circle cx="42" cy="26" r="3.5" fill="#1d2a30"/>'
        f'<path d="M 19 {mouth_y} Q 32 {mouth_y + curve} 45 {mouth_y}" fill="none" '
        f'stroke="#1d2a30" stroke-width="3" stroke-linecap="round"/>'
        "</svg>"
    )


def scale(*, older: bool = False) -> list[dict[str, object]]:
    """The scale for a template: value, word, css class and face markup."""
    return [
        {
            "value": f.value,
            "word": f.older_word if older else f.word,
            "css": f.css,
            "face": face_svg(f.value),
        }
        for f in FEELINGS
    ]
