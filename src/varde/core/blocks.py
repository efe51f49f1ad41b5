"""StreamField blocks shared by the content pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tekst"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Nivå 2")), ("h3", _("Nivå 3"))], default="h2", label=_("Nivå")
    )

    class Meta:
        icon = "title"
        label = _("Overskrift")
        template = "core/blocks/heading.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("important", _("Viktig")), ("note", _("Merk")), ("children", _("Gjelder barn"))],
        default="note",
        label=_("Type"),
    )
    title = blocks.CharBlock(required=False, label=_("Tittel"))
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ul", "ol"], label=_("Tekst"))

    class Meta:
        icon = "warning"
        label = _("Fremhevet boks")
        template = "core/blocks/callout.html"


RICH_TEXT_FEATURES = ["h3", "bold", "italic", "link", "ul", "ol"]


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Tekst"))
    callout = CalloutBlock()
