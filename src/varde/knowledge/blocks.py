"""StreamField blocks of the guidance pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from varde.core.blocks import RICH_TEXT_FEATURES, CalloutBlock, HeadingBlock


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Tittel"))
    items = blocks.ListBlock(blocks.CharBlock(label=_("Punkt")), label=_("Punkter"))

    class Meta:
        icon = "tasks"
        label = _("Sjekkliste")
        template = "knowledge/blocks/checklist.html"


class AccordionItemBlock(blocks.StructBlock):
    summary = blocks.CharBlock(label=_("Overskrift"))
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Tekst"))


class AccordionBlock(blocks.StructBlock):
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Paneler"))

    class Meta:
        icon = "list-ul"
        label = _("Trekkspill")
        template = "knowledge/blocks/accordion.html"


class ContactBlock(blocks.StructBlock):
    """A service in the help directory, linked by URL (the directory is a separate capability)."""

    name = blocks.CharBlock(label=_("Tjeneste"))
    url = blocks.CharBlock(
        label=_("Lenke"), help_text=_("For eksempel /hjelp/tjeneste/rosa/ eller en full nettadresse.")
    )
    phone = blocks.CharBlock(required=False, label=_("Telefon"))
    text = blocks.CharBlock(required=False, label=_("Kort beskrivelse"))

    class Meta:
        icon = "user"
        label = _("Kontakt (tjeneste)")
        template = "knowledge/blocks/contact.html"


class SourceReferenceBlock(blocks.StructBlock):
    """A visible reference to a source, with an optional note; numbered with the page's source list."""

    source = SnippetChooserBlock("knowledge.Source", label=_("Kilde"))
    note = blocks.CharBlock(required=False, label=_("Merknad"))

    class Meta:
        icon = "doc-full"
        label = _("Kildehenvisning")
        template = "knowledge/blocks/source_reference.html"


class CitedTextBlock(blocks.StructBlock):
    """A paragraph that cites sources inline: numbers after the text link to the source list."""

    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Tekst"))
    sources = blocks.ListBlock(SnippetChooserBlock("knowledge.Source"), label=_("Kilder"), default=[])

    class Meta:
        icon = "openquote"
        label = _("Tekst med kildehenvisning")
        template = "knowledge/blocks/cited_text.html"


class GuidanceStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Tekst"))
    cited = CitedTextBlock()
    callout = CalloutBlock()
    checklist = ChecklistBlock()
    accordion = AccordionBlock()
    contact = ContactBlock()
    source_reference = SourceReferenceBlock()
