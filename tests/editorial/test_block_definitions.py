"""The page editor packs each distinct StreamField definition once, however many languages carry it."""

from wagtail.blocks.base import BlockWidget
from wagtail.fields import StreamField

from countries.models import CountryGuidePage


def test_equal_definitions_are_packed_once_and_different_ones_apart(monkeypatch):
    from editorial import block_definitions

    monkeypatch.setattr(block_definitions, "_PACKED", [])
    packed = []
    original = block_definitions._build_block_json
    monkeypatch.setattr(
        block_definitions, "_build_block_json", lambda widget: packed.append(1) or original(widget)
    )
    fields = [field for field in CountryGuidePage._meta.get_fields() if isinstance(field, StreamField)]
    assert len(fields) > 17
    widgets = [BlockWidget(field.stream_block) for field in fields]
    assert len({widget.block_json for widget in widgets}) == len(packed)
    assert len(packed) <= len({type(field.stream_block) for field in fields}) < len(fields)
