"""CSV (semicolon, UTF-8 with BOM for Excel) and XLSX responses from rows of strings."""

import csv
import io

from django.http import HttpResponse

try:  # XLSX export needs openpyxl; CSV works without it.
    import openpyxl
except ImportError:  # pragma: no cover - installed in the project
    openpyxl = None

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def csv_response(rows: list[list[str]], filename: str) -> HttpResponse:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows(rows)
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def xlsx_response(rows: list[list[str]], filename: str, *, sheet_title: str) -> HttpResponse | None:
    """None when openpyxl is not installed."""
    if openpyxl is None:  # pragma: no cover - installed in the project
        return None
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = sheet_title[:31]
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    return response
