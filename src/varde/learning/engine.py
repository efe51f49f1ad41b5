"""Pure rules of the learning capability: quiz grading, certificate codes and name hashes, and the
SCORM 1.2 package. No Django here (see .importlinter)."""

from __future__ import annotations

import hashlib
import hmac
import io
import secrets
import unicodedata
import zipfile
from dataclasses import dataclass, field
from html import escape
from xml.etree import ElementTree

# ---------------------------------------------------------------------------------------------------
# Quiz grading
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuizAnswer:
    text: str
    correct: bool
    feedback: str = ""


@dataclass(frozen=True)
class QuizQuestion:
    id: str
    text: str
    multiple: bool
    answers: tuple[QuizAnswer, ...]


@dataclass
class QuestionOutcome:
    question: QuizQuestion
    chosen: set[int]
    correct: bool
    answered: bool
    feedback: list[tuple[str, bool, str]] = field(default_factory=list)  # (answer, was correct, feedback)


@dataclass
class QuizResult:
    outcomes: list[QuestionOutcome]
    score: int  # percent, 0–100
    passed: bool
    unanswered: list[str]


def grade_quiz(
    questions: list[QuizQuestion], submitted: dict[str, list[str]], *, pass_mark: int
) -> QuizResult:
    """Grade a posted quiz. ``submitted`` maps question id to the chosen answer indexes as strings.

    A question is right only when the chosen set equals the set of correct answers. Out-of-range or
    malformed indexes are ignored. Feedback is given for every chosen answer and for every correct answer
    that was missed. ``score`` is the share of questions answered right, rounded down.
    """
    outcomes = []
    unanswered = []
    for question in questions:
        raw = submitted.get(question.id, [])
        chosen = {int(v) for v in raw if str(v).isdecimal() and int(v) < len(question.answers)}
        if not question.multiple and len(chosen) > 1:
            chosen = set()
        if not chosen:
            unanswered.append(question.id)
        right = {i for i, answer in enumerate(question.answers) if answer.correct}
        feedback = [
            (answer.text, answer.correct, answer.feedback)
            for i, answer in enumerate(question.answers)
            if i in chosen or (i in right and chosen)
        ]
        outcomes.append(
            QuestionOutcome(question, chosen, bool(chosen) and chosen == right, bool(chosen), feedback)
        )
    score = (100 * sum(o.correct for o in outcomes)) // len(outcomes) if outcomes else 100
    return QuizResult(
        outcomes=outcomes, score=score, passed=score >= pass_mark and not unanswered, unanswered=unanswered
    )


# ---------------------------------------------------------------------------------------------------
# Certificates
# ---------------------------------------------------------------------------------------------------

_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


def new_certificate_code() -> str:
    """Twelve random characters in three groups, e.g. ``K7QF-2MZD-W9HA`` (60 bits)."""
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def normalise_code(code: str) -> str:
    cleaned = "".join(ch for ch in (code or "").upper() if ch.isalnum())
    if len(cleaned) != 12 or any(ch not in _CODE_ALPHABET for ch in cleaned):
        return ""
    return f"{cleaned[:4]}-{cleaned[4:8]}-{cleaned[8:]}"


def normalise_name(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name or "").split()).casefold()


def name_hash(name: str, *, code: str, key: str) -> str:
    """Keyed hash of the learner's name, bound to the certificate code. The name itself is not stored."""
    message = f"{code}\n{normalise_name(name)}".encode()
    return hmac.new(key.encode(), message, hashlib.sha256).hexdigest()


def name_matches(name: str, *, code: str, key: str, stored_hash: str) -> bool:
    return hmac.compare_digest(name_hash(name, code=code, key=key), stored_hash)


# ---------------------------------------------------------------------------------------------------
# SCORM 1.2
# ---------------------------------------------------------------------------------------------------

NS_IMSCP = "http://www.imsproject.org/xsd/imscp_rootv1p1p2"
NS_ADLCP = "http://www.adlnet.org/xsd/adlcp_rootv1p2"
NS_IMSMD = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
NS_XML = "http://www.w3.org/XML/1998/namespace"
SCHEMA_LOCATION = (
    f"{NS_IMSCP} imscp_rootv1p1p2.xsd {NS_IMSMD} imsmd_rootv1p2p1.xsd {NS_ADLCP} adlcp_rootv1p2.xsd"
)
# The SCORM 1.2 schema files a package carries at its root, next to imsmanifest.xml.
SCHEMA_FILES = ("imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd", "imsmd_rootv1p2p1.xsd", "ims_xml.xsd")


@dataclass(frozen=True)
class ScormModule:
    title: str
    lessons: list[tuple[str, str]]  # (title, html body, already safe)
    questions: list[QuizQuestion]


@dataclass(frozen=True)
class ScormCourse:
    identifier: str
    title: str
    language: str
    intro: str
    pass_mark: int
    modules: list[ScormModule]


SCORM_API_JS = """/* Minimal SCORM 1.2 run-time wrapper: finds the LMS API, reports score and status. */
(function () {
  "use strict";
  function findAPI(win) {
    var tries = 0;
    while (win && !win.API && win.parent && win.parent !== win && tries < 10) { win = win.parent; tries++; }
    return win && win.API ? win.API : null;
  }
  var api = findAPI(window) || (window.opener ? findAPI(window.opener) : null);
  var started = false;
  function init() { if (api && !started) { started = api.LMSInitialize("") === "true"; } }
  function set(name, value) { if (api && started) { api.LMSSetValue(name, String(value)); } }
  function finish() { if (api && started) { api.LMSCommit(""); api.LMSFinish(""); started = false; } }
  window.VardeScorm = { init: init, set: set, finish: finish, hasLMS: function () { return !!api; } };
  init();
  set("cmi.core.lesson_status", "incomplete");
  window.addEventListener("beforeunload", finish);
})();
"""

SCORM_QUIZ_JS = """/* Grades the module quiz in the browser and reports to the LMS through VardeScorm. */
(function () {
  "use strict";
  var form = document.getElementById("quiz");
  if (!form) { return; }
  var passMark = parseInt(form.getAttribute("data-pass-mark"), 10);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var questions = form.querySelectorAll("fieldset[data-question]");
    var right = 0;
    questions.forEach(function (fs) {
      var ok = true;
      fs.querySelectorAll("input").forEach(function (input) {
        var correct = input.getAttribute("data-correct") === "1";
        if (input.checked !== correct) { ok = false; }
        var fb = document.getElementById(input.id + "-fb");
        if (fb) { fb.hidden = !input.checked && !correct; }
      });
      if (ok) { right++; }
      var verdict = fs.querySelector("[data-verdict]");
      verdict.textContent = ok ? verdict.getAttribute("data-right") : verdict.getAttribute("data-wrong");
    });
    var score = questions.length ? Math.floor(100 * right / questions.length) : 100;
    var status = score >= passMark ? "passed" : "failed";
    var out = document.getElementById("result");
    out.textContent = out.getAttribute("data-" + status) + " (" + score + " %)";
    window.VardeScorm.set("cmi.core.score.raw", score);
    window.VardeScorm.set("cmi.core.score.min", 0);
    window.VardeScorm.set("cmi.core.score.max", 100);
    window.VardeScorm.set("cmi.core.lesson_status", status);
    window.VardeScorm.finish();
  });
})();
"""

SCORM_CSS = """body{font:1rem/1.5 system-ui,sans-serif;max-width:44rem;margin:1rem auto;padding:0 1rem;color:#1a1a1a}
fieldset{margin:1rem 0;border:1px solid #767676;padding:.75rem}button{font:inherit;padding:.5rem 1rem}
.feedback{margin:.25rem 0 .5rem 1.5rem;font-style:italic}"""


def _module_html(course: ScormCourse, index: int, module: ScormModule, labels: dict[str, str]) -> str:
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(course.language)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(module.title)} – {escape(course.title)}</title>",
        '<link rel="stylesheet" href="../shared/style.css">',
        '<script src="../shared/scorm_api.js"></script>',
        '<script src="../shared/quiz.js" defer></script></head><body><main>',
        f"<h1>{escape(module.title)}</h1>",
    ]
    for title, html in module.lessons:
        parts.append(f"<section><h2>{escape(title)}</h2>{html}</section>")
    if module.questions:
        parts.append(f"<h2>{escape(labels['quiz'])}</h2>")
        parts.append(f'<form id="quiz" data-pass-mark="{course.pass_mark}">')
        for q_index, question in enumerate(module.questions):
            kind = "checkbox" if question.multiple else "radio"
            parts.append(
                f'<fieldset data-question="{escape(question.id)}"><legend>{escape(question.text)}</legend>'
            )
            for a_index, answer in enumerate(question.answers):
                input_id = f"m{index}q{q_index}a{a_index}"
                parts.append(
                    f'<div><input type="{kind}" name="q{q_index}" id="{input_id}" value="{a_index}" '
                    f'data-correct="{1 if answer.correct else 0}"> <label for="{input_id}">{escape(answer.text)}</label></div>'
                )
                if answer.feedback:
                    parts.append(
                        f'<p class="feedback" id="{input_id}-fb" hidden>{escape(answer.feedback)}</p>'
                    )
            parts.append(
                f'<p data-verdict data-right="{escape(labels["right"])}" data-wrong="{escape(labels["wrong"])}" '
                'aria-live="polite"></p></fieldset>'
            )
        parts.append(f'<button type="submit">{escape(labels["check"])}</button></form>')
        parts.append(
            f'<p id="result" role="status" data-passed="{escape(labels["passed"])}" data-failed="{escape(labels["failed"])}"></p>'
        )
    parts.append("</main></body></html>")
    return "".join(parts)


def _langstring(parent: ElementTree.Element, tag: str, text: str, language: str) -> None:
    wrapper = ElementTree.SubElement(parent, f"{{{NS_IMSMD}}}{tag}")
    ElementTree.SubElement(wrapper, f"{{{NS_IMSMD}}}langstring", {f"{{{NS_XML}}}lang": language}).text = text


def scorm_manifest(course: ScormCourse) -> str:
    """imsmanifest.xml for SCORM 1.2: IMS CP 1.1.2 with the ADL extensions and IMS MD 1.2.1 metadata
    (title, language, description) inline. Valid against the official schemas (tests/learning)."""
    ElementTree.register_namespace("", NS_IMSCP)
    ElementTree.register_namespace("adlcp", NS_ADLCP)
    ElementTree.register_namespace("imsmd", NS_IMSMD)
    ElementTree.register_namespace("xsi", NS_XSI)
    q = lambda ns, tag: f"{{{ns}}}{tag}"  # noqa: E731
    manifest = ElementTree.Element(
        q(NS_IMSCP, "manifest"),
        {"identifier": course.identifier, "version": "1.0", q(NS_XSI, "schemaLocation"): SCHEMA_LOCATION},
    )
    metadata = ElementTree.SubElement(manifest, q(NS_IMSCP, "metadata"))
    ElementTree.SubElement(metadata, q(NS_IMSCP, "schema")).text = "ADL SCORM"
    ElementTree.SubElement(metadata, q(NS_IMSCP, "schemaversion")).text = "1.2"
    general = ElementTree.SubElement(
        ElementTree.SubElement(metadata, q(NS_IMSMD, "lom")), q(NS_IMSMD, "general")
    )
    _langstring(general, "title", course.title, course.language)
    ElementTree.SubElement(general, q(NS_IMSMD, "language")).text = course.language
    if course.intro:
        _langstring(general, "description", course.intro, course.language)
    organizations = ElementTree.SubElement(manifest, q(NS_IMSCP, "organizations"), {"default": "ORG-1"})
    organization = ElementTree.SubElement(organizations, q(NS_IMSCP, "organization"), {"identifier": "ORG-1"})
    ElementTree.SubElement(organization, q(NS_IMSCP, "title")).text = course.title
    resources = ElementTree.SubElement(manifest, q(NS_IMSCP, "resources"))
    shared = ["shared/scorm_api.js", "shared/quiz.js", "shared/style.css"]
    for index, module in enumerate(course.modules, start=1):
        item = ElementTree.SubElement(
            organization,
            q(NS_IMSCP, "item"),
            {"identifier": f"ITEM-{index}", "identifierref": f"RES-{index}", "isvisible": "true"},
        )
        ElementTree.SubElement(item, q(NS_IMSCP, "title")).text = module.title
        if module.questions:
            ElementTree.SubElement(item, q(NS_ADLCP, "masteryscore")).text = str(course.pass_mark)
        href = f"module_{index}/index.html"
        resource = ElementTree.SubElement(
            resources,
            q(NS_IMSCP, "resource"),
            {
                "identifier": f"RES-{index}",
                "type": "webcontent",
                q(NS_ADLCP, "scormtype"): "sco",
                "href": href,
            },
        )
        ElementTree.SubElement(resource, q(NS_IMSCP, "file"), {"href": href})
        ElementTree.SubElement(resource, q(NS_IMSCP, "dependency"), {"identifierref": "RES-SHARED"})
    shared_resource = ElementTree.SubElement(
        resources,
        q(NS_IMSCP, "resource"),
        {"identifier": "RES-SHARED", "type": "webcontent", q(NS_ADLCP, "scormtype"): "asset"},
    )
    for path in shared:
        ElementTree.SubElement(shared_resource, q(NS_IMSCP, "file"), {"href": path})
    ElementTree.indent(manifest)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(manifest, encoding="unicode")


def scorm_package(
    course: ScormCourse, *, labels: dict[str, str], schema_files: dict[str, bytes] | None = None
) -> bytes:
    """A SCORM 1.2 zip: imsmanifest.xml at the root, one SCO per module, shared JS and CSS.

    ``schema_files`` (name → bytes, the names in ``SCHEMA_FILES``) go to the root of the zip beside the
    manifest, as SCORM 1.2 packages conventionally carry them. Unknown names are refused."""
    unknown = set(schema_files or {}) - set(SCHEMA_FILES)
    if unknown:
        raise ValueError(f"not a SCORM 1.2 schema file: {sorted(unknown)}")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("imsmanifest.xml", scorm_manifest(course))
        for name, data in sorted((schema_files or {}).items()):
            archive.writestr(name, data)
        archive.writestr("shared/scorm_api.js", SCORM_API_JS)
        archive.writestr("shared/quiz.js", SCORM_QUIZ_JS)
        archive.writestr("shared/style.css", SCORM_CSS)
        for index, module in enumerate(course.modules, start=1):
            archive.writestr(f"module_{index}/index.html", _module_html(course, index, module, labels))
    return buffer.getvalue()
