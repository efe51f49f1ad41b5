"""deploy/audit_pypi.py: what pip-audit skipped, checked against PyPI's project data (no network here)."""

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("audit_pypi", ROOT / "deploy" / "audit_pypi.py")
audit = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("audit_pypi", audit)  # dataclasses look their module up there
_spec.loader.exec_module(audit)


def _project(latest, advisories=(), releases=None):
    return {"info": {"version": latest}, "vulnerabilities": list(advisories), "releases": releases or {}}


def test_pins_reads_lock_lines_and_normalises_names():
    lock = (
        "Django==5.2.19\n    # via wagtail\nzope.interface==8.0 ; python_version >= '3.11'\nnot-pinned>=1\n"
    )
    assert audit.pins(lock) == {"django": "5.2.19", "zope-interface": "8.0"}


def test_the_real_lock_file_is_read_whole():
    text = (ROOT / "requirements.lock").read_text()
    pinned = audit.pins(text)
    assert len(pinned) == text.count("==")
    assert "wagtail" in pinned


def test_pinned_at_latest_without_advisories_is_audited_clean():
    report = audit.assess({"wagtail": "8.0.1"}, {"wagtail": _project("8.0.1")})
    assert report.audited == ["wagtail"]
    assert (report.vulnerable, report.not_audited, report.exit_code) == ([], [], 0)


def test_an_advisory_on_the_pinned_latest_release_is_a_finding():
    advisory = {"id": "PYSEC-2017-94", "fixed_in": []}
    report = audit.assess({"pycrypto": "2.6.1"}, {"pycrypto": _project("2.6.1", [advisory])})
    assert report.vulnerable == [("pycrypto", "2.6.1", "PYSEC-2017-94", "no release yet")]
    assert report.exit_code == 1


def test_a_pin_behind_latest_is_not_audited_and_unfixed_advisories_are_warned():
    advisories = [{"id": "GHSA-open", "fixed_in": []}, {"id": "GHSA-fixed", "fixed_in": ["9.1"]}]
    report = audit.assess({"django": "5.2.19"}, {"django": _project("6.1.3", advisories)})
    assert report.audited == []
    assert report.vulnerable == []
    assert report.not_audited[0][0] == "django"
    assert "5.2.19" in report.not_audited[0][1] and "6.1.3" in report.not_audited[0][1]
    assert len(report.warnings) == 1 and "GHSA-open" in report.warnings[0]
    assert "GHSA-fixed" not in report.warnings[0]
    assert report.exit_code == 3


@pytest.mark.parametrize("answer", ["HTTP 404", {"info": {}}, {"info": {"version": "1.0"}}])
def test_no_usable_project_data_is_never_a_pass(answer):
    report = audit.assess({"pkg": "1.0"}, {"pkg": answer})
    assert report.audited == [] and report.not_audited[0][0] == "pkg"
    assert report.exit_code == 3


def test_a_finding_outranks_what_could_not_be_audited():
    projects = {"a": "HTTP 404", "b": _project("1.0", [{"id": "X-1", "fixed_in": ["1.1"]}])}
    report = audit.assess({"a": "1.0", "b": "1.0"}, projects)
    assert report.exit_code == 1
    assert report.vulnerable == [("b", "1.0", "X-1", "1.1")]


def test_a_yanked_pin_is_warned():
    releases = {"1.0": [{"yanked": True, "yanked_reason": "broken wheel"}], "1.1": [{"yanked": False}]}
    report = audit.assess({"pkg": "1.0"}, {"pkg": _project("1.1", releases=releases)})
    assert any("yanked" in w and "broken wheel" in w for w in report.warnings)


def test_main_audits_only_what_pip_audit_skipped(tmp_path, monkeypatch, capsys):
    (tmp_path / "lock").write_text("alpha==1.0\nbeta==2.0\n")
    (tmp_path / "report.json").write_text(
        json.dumps(
            {
                "dependencies": [
                    {"name": "alpha", "version": "1.0", "vulns": []},
                    {"name": "Beta", "version": "2.0", "skip_reason": "Dependency not found on PyPI"},
                ]
            }
        )
    )
    asked = []

    def fetch(name):
        asked.append(name)
        return _project("2.0")

    monkeypatch.setattr(audit, "_fetch", fetch)
    assert audit.main([str(tmp_path / "lock"), str(tmp_path / "report.json")]) == 0
    assert asked == ["beta"]
    assert "1 packages, 1 audited, 0 not audited, 0 vulnerabilities" in capsys.readouterr().out


def _files(yanked=False):
    return [{"yanked": yanked}]


def test_a_pin_behind_latest_that_is_the_newest_of_its_series_says_so_without_a_warning():
    releases = {v: _files() for v in ("5.2.9", "5.2.19", "5.2.20", "6.0", "6.1.3", "5.3.0")}
    report = audit.assess({"django": "5.2.20"}, {"django": _project("6.1.3", releases=releases)})
    [(name, reason)] = report.not_audited
    assert name == "django" and "the newest 5.2.x release" in reason
    assert report.warnings == [] and report.exit_code == 3


def test_a_newer_patch_in_the_pinned_series_is_warned_with_the_command_that_takes_it():
    releases = {
        "5.2.20": _files(),
        "5.2.21": _files(),
        "5.2.100": _files(),  # compared as numbers, not text
        "5.2.22": _files(yanked=True),  # yanked: not offered
        "5.2.23rc1": _files(),  # pre-release: not offered
        "6.1.3": _files(),
    }
    report = audit.assess({"django": "5.2.20"}, {"django": _project("6.1.3", releases=releases)})
    [warning] = report.warnings
    assert warning.startswith("django: 5.2.21, 5.2.100 out in the 5.2.x series pinned at 5.2.20")
    assert "make lock-upgrade" in warning
    assert "2 newer in its 5.2.x series" in report.not_audited[0][1]
    assert report.exit_code == 3  # still not audited: a warning never turns into a pass


@pytest.mark.parametrize(
    ("version", "expected"),
    [("5.2.20", (5, 2, 20)), ("2.10", (2, 10)), ("1.0rc1", None), ("2.0.post1", None)],
)
def test_release_reads_final_versions_only(version, expected):
    assert audit.release(version) == expected
