"""Public views of the knowledge capability: the search page."""

from django.shortcuts import render
from django.utils.translation import get_language
from wagtail.models import Locale

from varde.knowledge.labels import AUDIENCES, TOPICS
from varde.knowledge.paging import PAGE_PARAM, page_number
from varde.knowledge.search import guidance_search
from varde.knowledge.services import add_cache_headers


def search(request):
    """/sok/?q=…&malgruppe=…&tema=… — works without JavaScript, a plain GET form."""
    query = request.GET.get("q", "")[:500]
    audience = request.GET.get("malgruppe", "")[:60]
    topic = request.GET.get("tema", "")[:60]
    locale = Locale.objects.filter(language_code=get_language()).first() or Locale.get_default()
    page = page_number(request.GET.get(PAGE_PARAM))
    outcome = guidance_search(query=query, locale=locale, audience=audience, topic=topic, page=page)
    context = {
        "outcome": outcome,
        "paging": outcome.paging,
        "query": query,
        "audience_choices": list(AUDIENCES.items()),
        "topic_choices": list(TOPICS.items()),
        "selected_audience": audience if audience in AUDIENCES else "",
        "selected_topic": topic if topic in TOPICS else "",
    }
    response = render(request, "knowledge/search.html", context)
    return add_cache_headers(request, response)
