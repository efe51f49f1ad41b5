"""Quiz grading, certificate codes and name hashes, and the SCORM 1.2 package (manifest checks)."""

import io
import zipfile
from xml.etree import ElementTree

from defusedxml.ElementTree import fromstring as safe_fromstring
from hypothesis import given
from hypothesis import strategies as st

from varde.learning import engine
from varde.learning.engine import QuizAnswer, QuizQuestion, grade_quiz

Q1 = QuizQuestion("a", "Ett svar", False, (QuizAnswer("Ja", True, "Bra"), QuizAnswer("Nei", False, "Feil")))
Q2 = QuizQuestion(
    "b", "Flere svar", True, (QuizAnswer("x", True), QuizAnswer("y", True), QuizAnswer("z", False, "Nei"))
)


def test_all_right_passes_with_feedback():
    result = grade_quiz([Q1, Q2], {"a": ["0"], "b": ["0", "1"]}, pass_mark=80)
    assert result.passed and result.score == 100
    assert result.outcomes[0].feedback == [("Ja", True, "Bra")]


def test_multiple_choice_needs_the_exact_set():
    result = grade_quiz([Q1, Q2], {"a": ["0"], "b": ["0"]}, pass_mark=80)
    assert result.score == 50 and not result.passed
    # The missed right answer gets feedback too.
    assert ("y", True, "") in result.outcomes[1].feedback


def test_unanswered_and_malformed_input():
    result = grade_quiz([Q1, Q2], {"a": ["7", "x"], "b": []}, pass_mark=0)
    assert result.unanswered == ["a", "b"]
    assert not result.passed
    two_for_single = grade_quiz([Q1], {"a": ["0", "1"]}, pass_mark=50)
    assert two_for_single.unanswered == ["a"]


@given(st.dictionaries(st.sampled_from(["a", "b"]), st.lists(st.text(max_size=3), max_size=4)))
def test_grading_never_crashes_and_score_is_a_percentage(submitted):
    result = grade_quiz([Q1, Q2], submitted, pass_mark=80)
    assert 0 <= result.score <= 100


def test_certificate_codes_and_name_hash():
    code = engine.new_certificate_code()
    assert len(code) == 14 and engine.normalise_code(code.lower().replace("-", " ")) == code
    assert engine.normalise_code("0000-0000-0000") == ""
    stored = engine.name_hash("Kari  Nordmann", code=code, key="k")
    assert engine.name_matches("kari nordmann", code=code, key="k", stored_hash=stored)
    assert not engine.name_matches("Ola Nordmann", code=code, key="k", stored_hash=stored)
    assert stored != engine.name_hash("Kari Nordmann", code="AAAA-BBBB-CCCC", key="k")


NS = {"cp": engine.NS_IMSCP, "adlcp": engine.NS_ADLCP, "xsi": engine.NS_XSI}


def check_scorm_package(data: bytes) -> ElementTree.Element:
    """The essential structure of the SCORM 1.2 content-packaging XSDs (imscp_rootv1p1p2, adlcp_rootv1p2),
    checked without the schema files: root and namespaces, metadata, element order, identifiers unique,
    references resolve, scormtype values, and every referenced file present in the zip."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    names = set(archive.namelist())
    assert "imsmanifest.xml" in names  # at the root of the package
    root = safe_fromstring(archive.read("imsmanifest.xml"))
    assert root.tag == f"{{{engine.NS_IMSCP}}}manifest"
    assert root.get("identifier")
    assert engine.NS_ADLCP in root.get(f"{{{engine.NS_XSI}}}schemaLocation")
    assert [child.tag.split("}")[1] for child in root] == ["metadata", "organizations", "resources"]
    assert root.findtext("cp:metadata/cp:schema", namespaces=NS) == "ADL SCORM"
    assert root.findtext("cp:metadata/cp:schemaversion", namespaces=NS) == "1.2"
    organizations = root.find("cp:organizations", NS)
    orgs = organizations.findall("cp:organization", NS)
    assert orgs and organizations.get("default") in {o.get("identifier") for o in orgs}
    resources = {r.get("identifier"): r for r in root.findall("cp:resources/cp:resource", NS)}
    identifiers = [e.get("identifier") for e in root.iter() if e.get("identifier")]
    assert len(identifiers) == len(set(identifiers))
    for org in orgs:
        assert org.find("cp:title", NS) is not None and org[0].tag == f"{{{engine.NS_IMSCP}}}title"
        for item in org.iter(f"{{{engine.NS_IMSCP}}}item"):
            assert item[0].tag == f"{{{engine.NS_IMSCP}}}title" and item[0].text
            ref = item.get("identifierref")
            assert ref in resources
            mastery = item.find("adlcp:masteryscore", NS)
            if mastery is not None:
                assert 0 <= int(mastery.text) <= 100
    for resource in resources.values():
        assert resource.get("type") == "webcontent"
        assert resource.get(f"{{{engine.NS_ADLCP}}}scormtype") in {"sco", "asset"}
        if resource.get(f"{{{engine.NS_ADLCP}}}scormtype") == "sco":
            assert resource.get("href") in names
        tags = [child.tag.split("}")[1] for child in resource]
        assert tags == sorted(tags, key=lambda t: ["metadata", "file", "dependency"].index(t))
        for file in resource.findall("cp:file", NS):
            assert file.get("href") in names, file.get("href")
        for dependency in resource.findall("cp:dependency", NS):
            assert dependency.get("identifierref") in resources
    return root


def test_scorm_package_structure():
    course = engine.ScormCourse(
        identifier="C1",
        title="Kurs & mer",
        language="nb",
        intro="",
        pass_mark=80,
        modules=[
            engine.ScormModule("M1", [("L1", "<p>Tekst</p>")], [Q1, Q2]),
            engine.ScormModule("M2", [], []),
        ],
    )
    data = engine.scorm_package(
        course,
        labels={"quiz": "Quiz", "check": "Sjekk", "right": "R", "wrong": "F", "passed": "B", "failed": "IB"},
    )
    root = check_scorm_package(data)
    assert len(root.findall("cp:organizations/cp:organization/cp:item", NS)) == 2
    html = zipfile.ZipFile(io.BytesIO(data)).read("module_1/index.html").decode()
    assert 'data-correct="1"' in html and "../shared/scorm_api.js" in html and "Kurs &amp; mer" in html
    api = zipfile.ZipFile(io.BytesIO(data)).read("shared/scorm_api.js").decode()
    for call in ("LMSInitialize", "LMSSetValue", "LMSCommit", "LMSFinish"):
        assert call in api
