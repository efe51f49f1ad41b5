"""Turn query parameters into engine filters and a place, with messages in the reader's language."""

from __future__ import annotations

from collections.abc import Mapping

from django.utils.translation import gettext as _

from varde.directory import engine, selectors


class FilterProblem(ValueError):
    """Bad filter input. ``message`` is translated and safe to show; ``field`` names the parameter."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def _allowed(field: str) -> str:
    values = {
        "need": engine.CATEGORIES,
        "group": engine.GROUPS,
        "gender": engine.GENDERS,
        "status": engine.RESIDENCE_STATUSES,
        "open": engine.OPEN_VALUES,
    }.get(field, ())
    return ", ".join(values)


def _message(error: engine.FilterError) -> str:
    if error.code == "repeated":
        return _("Parameteren «%(field)s» kan bare ha én verdi.") % {"field": error.field}
    if error.code == "too_long":
        return _("Stedet er for langt. Skriv navnet på en kommune eller et fylke.")
    if error.field == "language":
        return _("Ukjent språkkode «%(value)s». Bruk en kode på to eller tre bokstaver, for eksempel en.") % {
            "value": error.value
        }
    return _("Ukjent verdi «%(value)s» for «%(field)s». Gyldige verdier: %(allowed)s.") % {
        "value": error.value,
        "field": error.field,
        "allowed": _allowed(error.field),
    }


def query_to_filters(query: Mapping[str, list[str]]) -> tuple[engine.Filters, engine.Place | None]:
    """``query`` maps each parameter to its list of values (``QueryDict.lists()``). Raises FilterProblem."""
    raw = {key: values for key, values in query.items() if key in engine.FILTER_KEYS}
    try:
        filters = engine.parse_filters(raw)
    except engine.FilterError as error:
        raise FilterProblem(error.field, _message(error)) from None
    try:
        place = selectors.place_resolve(text=filters.place)
    except selectors.PlaceNotFound:
        raise FilterProblem(
            "place",
            _(
                "Fant ikke stedet «%(value)s». Skriv navnet på en kommune eller et fylke, eller et kommunenummer."
            )
            % {"value": filters.place},
        ) from None
    return filters, place
