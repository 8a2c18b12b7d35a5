"""Pack each distinct StreamField definition for the page editor once per process, not once per field.

Wagtail's BlockWidget serialises its block definition (telepath) for every StreamField on the edit form. With
17 languages, a country guide's form has 90 StreamFields but only a handful of distinct definitions, and the
packing was the largest cost of opening the editor (about 2.7 s of the guide form on the shared machine).
Definitions are fixed for the life of the process and Wagtail's Block.__eq__ compares them by their
constructor arguments and name, so equal definitions share one packed form: the JSON string and its media.
"""

from wagtail.blocks.base import BlockWidget

_build_block_json = BlockWidget._build_block_json
# (definition, JSContext, JSON) of the definitions packed so far; a few dozen at most in this portal.
_PACKED = []
_LIMIT = 256


def _build_block_json_once(widget):
    for definition, js_context, block_json in _PACKED:
        if definition is widget.block_def or definition == widget.block_def:
            widget._js_context, widget._block_json = js_context, block_json
            return
    _build_block_json(widget)
    _PACKED.append((widget.block_def, widget._js_context, widget._block_json))
    del _PACKED[:-_LIMIT]


def share_packed_definitions():
    """Install the cache (idempotent); called from the editorial app's ready()."""
    BlockWidget._build_block_json = _build_block_json_once
