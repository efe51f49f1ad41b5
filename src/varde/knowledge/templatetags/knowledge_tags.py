from django import template

from varde.knowledge.labels import audience_label, topic_label

register = template.Library()


@register.simple_tag(takes_context=True)
def citation_number(context, source) -> str:
    """The number of ``source`` in the page's numbered source list ("" if it is not listed)."""
    numbers = context.get("citation_numbers") or {}
    return str(numbers.get(getattr(source, "pk", None), ""))


@register.filter
def audience_name(slug: str) -> str:
    return audience_label(slug)


@register.filter
def topic_name(slug: str) -> str:
    return topic_label(slug)
