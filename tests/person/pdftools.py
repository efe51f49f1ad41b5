"""Read a PDF's text and fonts with poppler-utils (pdftotext, pdffonts)."""

import subprocess
import tempfile


def _run(tool: str, pdf: bytes) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(pdf)
        f.flush()
        args = [tool, f.name, "-"] if tool == "pdftotext" else [tool, f.name]
        return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pdf_text(pdf: bytes) -> str:
    return _run("pdftotext", pdf)


def pdf_fonts(pdf: bytes) -> str:
    return _run("pdffonts", pdf)


def pdf_pages(pdf: bytes) -> int:
    info = _run("pdfinfo", pdf)
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
