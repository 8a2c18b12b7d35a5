"""Write indicator definitions (order, unit, name, definition) into the landscape's indicators, with the name
and definition in every language's column. Used by the UN DESA import and the demo's own indicators."""

from django.utils import translation

from core.languages import LANGUAGE_CODES
from core.translated import localized_column
from countries.models import Indicator


def set_translated(instance, field_name, text):
    """Write a lazily translated interface string into every language's column of a translated field."""
    for language in LANGUAGE_CODES:
        with translation.override(language):
            setattr(instance, localized_column(field_name, language), str(text))


def upsert_indicators(definitions):
    """Create or update indicators from {code: (order, unit, name, definition)}; {code: Indicator}."""
    indicators = {}
    for code, (order, unit, name, definition) in definitions.items():
        indicator = Indicator.objects.filter(code=code).first() or Indicator(code=code)
        indicator.unit = unit
        indicator.sort_order = order
        set_translated(indicator, "name", name)
        set_translated(indicator, "definition", definition)
        indicator.name = str(name)
        indicator.save()
        indicators[code] = indicator
    return indicators
