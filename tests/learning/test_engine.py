"""Quiz grading, certificate codes and name hashes, and the SCORM 1.2 package (manifest checks)."""

import io
import zipfile
from xml.etree import ElementTree

import pytest
from defusedxml.ElementTree import fromstring as safe_fromstring
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from tests.learning.scorm_schema import (
    LocalSchemaResolver,
    assert_valid_manifest,
    manifest_errors,
    schema_dir,
)
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


NS = {"cp": engine.NS_IMSCP, "adlcp": engine.NS_ADLCP, "xsi": engine.NS_XSI, "md": engine.NS_IMSMD}
LABELS = {"quiz": "Quiz", "check": "Sjekk", "right": "R", "wrong": "F", "passed": "B", "failed": "IB"}


def _schema_files() -> dict[str, bytes]:
    return {name: (schema_dir() / name).read_bytes() for name in engine.SCHEMA_FILES}


def _course(**overrides) -> engine.ScormCourse:
    values = {
        "identifier": "VARDE-COURSE-7",
        "title": "Kurs <om> «menneskehandel» & mer",
        "language": "nb",
        "intro": "Et kurs for ansatte i helse- og omsorgstjenestene.",
        "pass_mark": 80,
        "modules": [
            engine.ScormModule("M1", [("L1", "<p>Tekst</p>")], [Q1, Q2]),
            engine.ScormModule("M2", [], []),
        ],
    }
    values.update(overrides)
    return engine.ScormCourse(**values)


def check_scorm_package(data: bytes) -> ElementTree.Element:
    """A SCORM 1.2 package: the manifest is valid against the official schemas (imscp_rootv1p1p2 with
    adlcp_rootv1p2 and imsmd_rootv1p2p1), the schema files sit beside it at the root, and what the
    schemas cannot check: the default organization exists, references resolve, SCOs have a launch
    file, and every referenced file is in the zip."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    names = set(archive.namelist())
    assert "imsmanifest.xml" in names  # at the root of the package
    assert_valid_manifest(archive.read("imsmanifest.xml"))
    for name in engine.SCHEMA_FILES:
        assert archive.read(name) == (schema_dir() / name).read_bytes(), name
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
    data = engine.scorm_package(course, labels=LABELS, schema_files=_schema_files())
    root = check_scorm_package(data)
    assert len(root.findall("cp:organizations/cp:organization/cp:item", NS)) == 2
    html = zipfile.ZipFile(io.BytesIO(data)).read("module_1/index.html").decode()
    assert 'data-correct="1"' in html and "../shared/scorm_api.js" in html and "Kurs &amp; mer" in html
    api = zipfile.ZipFile(io.BytesIO(data)).read("shared/scorm_api.js").decode()
    for call in ("LMSInitialize", "LMSSetValue", "LMSCommit", "LMSFinish"):
        assert call in api


def test_scorm_manifest_is_valid_against_the_official_schemas():
    manifest = engine.scorm_manifest(_course()).encode()
    assert manifest_errors(manifest) == []
    root = safe_fromstring(manifest)
    # IMS metadata inline: checked against imsmd_rootv1p2p1.xsd through the wrapper schema.
    title = root.find("cp:metadata/md:lom/md:general/md:title/md:langstring", NS)
    assert title.text == "Kurs <om> «menneskehandel» & mer"
    assert title.get(f"{{{engine.NS_XML}}}lang") == "nb"
    assert manifest_errors(engine.scorm_manifest(_course(intro="", modules=[])).encode()) == []


def _broken(manifest: str, old: str, new: str) -> bytes:
    assert old in manifest, old
    return manifest.replace(old, new, 1).encode()


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        # organizations must come before resources
        ("<organizations", "<resources /><organizations", "resources"),
        # scormtype is sco or asset
        ('adlcp:scormtype="asset"', 'adlcp:scormtype="other"', "scormtype"),
        # every item needs an identifier, and identifiers are xsd:ID (no spaces, unique)
        ('<item identifier="ITEM-1"', '<item identifier="ITEM 1"', "identifier"),
        ('identifier="ITEM-2"', 'identifier="ITEM-1"', "ITEM-1"),
        # an ADL element that does not exist (extensions are checked strictly)
        ("<adlcp:masteryscore>80</adlcp:masteryscore>", "<adlcp:passmark>80</adlcp:passmark>", "passmark"),
        # a file needs its href
        ('<file href="shared/quiz.js" />', "<file />", "href"),
        # IMS metadata (imsmd): title comes before language
        ("<imsmd:general>", "<imsmd:general><imsmd:language>nb</imsmd:language>", "title"),
        # IMS metadata: a langstring's xml:lang is a language code
        ('xml:lang="nb"', 'xml:lang="not a language"', "lang"),
    ],
)
def test_a_broken_manifest_fails_validation(old, new, expected):
    manifest = engine.scorm_manifest(_course())
    broken = _broken(manifest, old, new)
    errors = manifest_errors(broken)
    assert errors, f"expected a schema error for {new!r}"
    assert any(expected in error for error in errors), errors
    with pytest.raises(AssertionError, match="not valid SCORM 1.2"):
        assert_valid_manifest(broken)


def test_not_well_formed_manifest_fails():
    assert manifest_errors(b"<manifest")[0].startswith("not well-formed")


def test_schema_locations_outside_the_schema_folder_are_refused(tmp_path):
    resolver = LocalSchemaResolver(schema_dir())
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    parser.resolvers.add(resolver)
    wrapper = b"""<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
      <xsd:import namespace="urn:x" schemaLocation="http://example.org/remote.xsd"/></xsd:schema>"""
    document = etree.parse(io.BytesIO(wrapper), parser, base_url=str(tmp_path / "w.xsd"))
    with pytest.raises(etree.XMLSchemaParseError):
        etree.XMLSchema(document)
    assert resolver.refused == ["http://example.org/remote.xsd"]


def test_scorm_package_refuses_unknown_schema_files_and_works_without_them():
    with pytest.raises(ValueError, match="not a SCORM 1.2 schema file"):
        engine.scorm_package(_course(), labels=LABELS, schema_files={"evil.xsd": b""})
    names = zipfile.ZipFile(io.BytesIO(engine.scorm_package(_course(), labels=LABELS))).namelist()
    assert "imsmanifest.xml" in names and not set(engine.SCHEMA_FILES) & set(names)
