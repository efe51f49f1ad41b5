"""Server-rendered steps of the identification check (works without JavaScript).

Privacy: the state lives only in the posted form. Nothing is stored, no session is touched, no cookie is
set (the view is CSRF-exempt because it changes nothing on the server: it is a stateless calculator, and
Django's CSRF token would otherwise set a cookie). Nothing from the request is logged. Every response
carries ``Cache-Control: no-store``.
"""

from __future__ import annotations

from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from varde.core.i18n import localized_path
from varde.identification import engine
from varde.identification.forms import ANSWER_PREFIX, BadState, ContextForm, State, parse_state

ALL_STEPS = ("context", *engine.TOPICS, "result")
NAV = ("next", "back")


def _topic_titles() -> dict[str, str]:
    return {
        "contact": _("Det du merker i samtalen"),
        "health": _("Helse og skader"),
        "control": _("Kontroll over eget liv"),
        "work": _("Arbeid, sex og kriminalitet"),
        "recruitment": _("Hvordan personen kom hit"),
    }


def _lang() -> str:
    lang = (get_language() or "nb").split("-")[0]
    return lang if lang in engine.LANGS else "nb"


def _steps(state: State, rules: engine.RuleSet) -> list[str]:
    ctx = state.engine_context()
    topics = {ind.topic for ind in rules.for_context(ctx.treated_as_child, ctx.forms)}
    return ["context", *[t for t in engine.TOPICS if t in topics], "result"]


def _move(current: str, nav: str, steps: list[str]) -> str:
    pos = ALL_STEPS.index(current)
    if nav == "next":
        later = [s for s in steps if ALL_STEPS.index(s) > pos]
        return later[0] if later else "result"
    earlier = [s for s in steps if ALL_STEPS.index(s) < pos]
    return earlier[-1] if earlier else "context"


def _hidden_fields(state: State, visible: set[str]) -> list[tuple[str, str]]:
    hidden: list[tuple[str, str]] = []
    for name, value in state.context.items():
        if name in visible:
            continue
        for v in value if isinstance(value, list) else [value]:
            hidden.append((name, v))
    for ind_id, answer in state.answers.items():
        if f"{ANSWER_PREFIX}{ind_id}" not in visible:
            hidden.append((f"{ANSWER_PREFIX}{ind_id}", answer))
    return hidden


def _context_fields(state: State, errors: dict[str, str]) -> list[dict]:
    fields = []
    for name, f in ContextForm.base_fields.items():
        current = state.context.get(name, f.initial)
        chosen = set(current) if isinstance(current, list) else {current}
        fields.append(
            {
                "name": name,
                "label": f.label,
                "help": f.help_text,
                "type": "checkbox" if name == "forms" else "radio",
                "options": [(value, label, value in chosen) for value, label in f.choices],
                "error": errors.get(name, ""),
            }
        )
    return fields


def _questions(state: State, rules: engine.RuleSet, topic: str, lang: str) -> list[dict]:
    ctx = state.engine_context()
    labels = [("yes", _("Ja")), ("no", _("Nei")), ("unknown", _("Vet ikke"))]
    questions = []
    for ind in rules.for_context(ctx.treated_as_child, ctx.forms):
        if ind.topic != topic:
            continue
        chosen = state.answers.get(ind.id)
        questions.append(
            {
                "id": ind.id,
                "name": f"{ANSWER_PREFIX}{ind.id}",
                "text": ind.text[lang],
                "help": ind.help[lang],
                "uncertain": ind.uncertain,
                "dimension": engine.text(f"dim.{ind.dimension}", lang),
                "options": [(value, label, value == chosen) for value, label in labels],
            }
        )
    return questions


def _bad_request(request, message: str):
    response = render(request, "identification/bad_request.html", {"message": message}, status=400)
    return response


def _result_context(state: State, rules: engine.RuleSet, lang: str) -> dict:
    result = engine.assess(state.answers, state.engine_context(), rules)
    by_id = rules.by_id
    used_sources = sorted({by_id[i].sources[0] for i in result.yes}) if result.yes else []
    return {
        "result": result,
        "level_key": result.level.key,
        "level_text": engine.text(f"level.{result.level.key}", lang),
        "reasons": [engine.reason_text(r, lang) for r in result.reasons if r.code != "level"],
        "duties": [
            {"text": engine.duty_text(d, lang), "url": d.url, "status": d.status, "id": d.id}
            for d in result.duties
        ],
        "steps_out": [
            {"text": engine.step_text(s, lang), "link": localized_path(s.link, lang), "id": s.id}
            for s in result.steps
        ],
        "signs": [{"text": by_id[i].text[lang], "uncertain": by_id[i].uncertain} for i in result.yes],
        "unknowns": [by_id[i].text[lang] for i in result.unknown],
        "caveats": [engine.text(f"caveat.{c}", lang) for c in result.caveats],
        "uncertain": engine.uncertain_texts(result, rules, lang),
        "note": engine.concern_note(result, lang, rules),
        "sources": [rules.sources[k] for k in used_sources],
        "ilo_url": engine.ILO_URL,
    }


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def check(request):
    rules = engine.default_rules()
    lang = _lang()
    if request.method == "GET":
        state, step, errors = State(), "context", {}
    else:
        try:
            state = parse_state(request.POST, rules)
        except BadState:
            return _bad_request(request, _("Skjemaet inneholdt ugyldige eller ukjente verdier."))
        current = request.POST.get("step", "")
        nav = request.POST.get("nav", "next")
        if current not in ALL_STEPS or nav not in NAV:
            return _bad_request(request, _("Ukjent steg i skjemaet."))
        errors = {}
        if current == "context" and nav == "next":
            form = ContextForm(request.POST)
            if not form.is_valid():
                errors = {name: " ".join(str(e) for e in errs) for name, errs in form.errors.items()}
        step = current if errors else _move(current, nav, _steps(state, rules))
    steps = _steps(state, rules)
    visible: set[str] = set()
    data: dict = {"step": step, "errors": errors, "lang": lang}
    if step == "context":
        data["fields"] = _context_fields(state, errors)
        visible = set(ContextForm.base_fields)
    elif step == "result":
        try:
            data.update(_result_context(state, rules, lang))
        except engine.InputError:
            return _bad_request(request, _("Skjemaet inneholdt ugyldige eller ukjente verdier."))
    else:
        data["questions"] = _questions(state, rules, step, lang)
        data["topic_title"] = _topic_titles()[step]
        visible = {q["name"] for q in data["questions"]}
    shown = [s for s in steps if s != "result"]
    data.update(
        {
            "hidden": _hidden_fields(state, visible),
            "step_number": steps.index(step) + 1 if step in steps else 1,
            "step_count": len(steps),
            "is_first": step == "context",
            "question_steps": len(shown),
        }
    )
    template = "identification/result.html" if step == "result" else "identification/check.html"
    return render(request, template, data, status=200)
