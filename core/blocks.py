"""StreamField blocks shared by every page type, each with its icon, template, label, help text and preview."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))], default="h2", label=_("Level")
    )

    class Meta:
        icon = "title"
        template = "portal/blocks/heading_block.html"
        label = _("Heading")
        help_text = _("A section heading; it gets its own anchor so it can be linked to.")
        preview_value = {"text": "Before you go", "level": "h2"}
        description = _("A heading that starts a section")


class RichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["h3", "bold", "italic", "ol", "ul", "link", "document-link"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "portal/blocks/rich_text_block.html"
        label = _("Text")
        help_text = _("Short paragraphs in plain language; lists help readers on small screens.")
        preview_value = "<p>Check that your recruitment agency is licensed before you pay any fee.</p>"
        description = _("Paragraphs, lists and links")


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        choices=[("info", _("Information")), ("warning", _("Warning")), ("danger", _("Danger"))],
        default="info",
        label=_("Tone"),
    )
    title = blocks.CharBlock(label=_("Title"), max_length=200, required=False)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "warning"
        template = "portal/blocks/callout_block.html"
        label = _("Call-out")
        help_text = _("Draws attention to a warning or a key fact, such as a common scam.")
        preview_value = {
            "tone": "warning",
            "title": "Never hand over your passport",
            "text": "<p>Your employer may not keep your passport.</p>",
        }
        description = _("A highlighted box with a warning or key fact")


class PhoneBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=120)
    number = blocks.CharBlock(
        label=_("Number"), max_length=40, help_text=_("As dialled, for example +84 24 1234 5678 or 111.")
    )
    note = blocks.CharBlock(label=_("Note"), max_length=200, required=False)

    class Meta:
        icon = "mail"
        template = "portal/blocks/phone_block.html"
        label = _("Phone number")
        help_text = _("Shown as a click-to-call link.")
        preview_value = {"label": "Child helpline", "number": "111", "note": "Free, 24 hours"}
        description = _("A phone number readers can call with one tap")


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)

    class Meta:
        icon = "link"
        template = "portal/blocks/link_block.html"
        label = _("Link")
        help_text = _("Choose a page of the portal, or give an external address.")
        preview_value = {"title": "IOM Viet Nam", "url": "https://vietnam.iom.int/"}
        description = _("A link to a page or another site")


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = RichTextBlock()
    callout = CalloutBlock()
    phone = PhoneBlock()
    link = LinkBlock()

    class Meta:
        label = _("Content")
