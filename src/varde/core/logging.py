"""Logging filters that keep personal data out of the logs.

Varde's tools are used about people who may be in danger. Request bodies, form values and query
strings can hold what a worker observed, so log records carry only the method and the path.
"""

import logging
import re

_QUERY = re.compile(r"\?[^\s\"]*")


def redact_path(text: str) -> str:
    """Remove query strings from a logged request line or path."""
    return _QUERY.sub("", text)


class RedactRequestFilter(logging.Filter):
    """Replace the request object on a record with method and path, and strip query strings."""

    def filter(self, record: logging.LogRecord) -> bool:
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "path"):
            record.request = f"{request.method} {request.path}"
        if record.args:
            record.args = tuple(redact_path(a) if isinstance(a, str) else a for a in record.args)
        if isinstance(record.msg, str):
            record.msg = redact_path(record.msg)
        return True
