from __future__ import annotations

from typing import Any

from django import template

register = template.Library()


@register.filter
def get_item(mapping: Any, key: Any) -> Any:
    """`{{ labels|get_item:key }}`: look a key up in a dict (templates can't otherwise)."""
    try:
        return mapping.get(key, "")
    except AttributeError:
        return ""


@register.filter
def percent(value: Any) -> int:
    try:
        return round(float(value) * 100)
    except (TypeError, ValueError):
        return 0
