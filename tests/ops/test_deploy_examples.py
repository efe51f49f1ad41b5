"""The deployment examples agree with each other and with the code: Dockerfile, compose file, nginx.conf,
env.example and the systemd units. Containers cannot run on the development machines (no registry),
so this checks what can go wrong without running them: a file the image copies that does not exist,
a volume mounted where nginx or the settings do not look, an upload directory only one server sees."""

import re
import shlex
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
COMPOSE = yaml.safe_load((DEPLOY / "compose.example.yml").read_text())
SERVICES = COMPOSE["services"]
NGINX = (DEPLOY / "nginx.conf").read_text()
ROOTS = ("STATIC_ROOT", "MEDIA_ROOT", "WORKSPACE_PRIVATE_ROOT")


def _dockerfile_instructions() -> list[tuple[str, str]]:
    """(instruction, arguments) of the Dockerfile, continuation lines joined, comments dropped."""
    text = re.sub(r"\\\n", " ", (ROOT / "Dockerfile").read_text())
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1]) for line in lines]


INSTRUCTIONS = _dockerfile_instructions()


def _image_env() -> dict[str, str]:
    env = {}
    for instruction, args in INSTRUCTIONS:
        if instruction == "ENV":
            env.update(dict(item.split("=", 1) for item in shlex.split(args)))
    return env


def _nginx_alias(location: str) -> str:
    match = re.search(rf"location {re.escape(location)} \{{\s*alias ([^;]+);", NGINX)
    assert match, f"nginx.conf has no alias for {location}"
    return match.group(1).rstrip("/")


def _mounts(service: dict) -> dict[str, str]:
    """Container path -> volume name (or host path), read-only mounts marked with ':ro' on the name."""
    mounts = {}
    for volume in service.get("volumes", []):
        source, target, *mode = volume.split(":")
        mounts[target] = source + (":ro" if mode == ["ro"] else "")
    return mounts


def test_every_file_the_image_copies_from_the_repository_exists_and_is_not_ignored():
    ignored = [
        line.strip()
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    copies = [args.split() for instruction, args in INSTRUCTIONS if instruction == "COPY"]
    from_context = [parts[:-1] for parts in copies if not parts[0].startswith("--from=")]
    assert from_context
    for sources in from_context:
        for source in sources:
            assert (ROOT / source).exists(), f"the Dockerfile copies {source}, which is not in the repository"
            assert source.rstrip("/") not in ignored, f".dockerignore leaves out {source}"


def test_what_the_image_copies_from_the_assets_stage_is_made_there():
    stage_commands = " ".join(args for instruction, args in INSTRUCTIONS if instruction == "RUN")
    assert "npm ci" in stage_commands and "deploy/vendor-assets.sh node_modules vendor" in stage_commands
    package = (ROOT / "package.json").read_text()
    for instruction, args in INSTRUCTIONS:
        if instruction == "COPY" and args.startswith("--from=assets"):
            source = args.split()[1]
            assert source.startswith("/build/"), source
            module = source.removeprefix("/build/node_modules/")
            if module != source:
                assert f'"{module}"' in package, f"{module} is not an npm dependency"


def test_make_and_the_image_vendor_the_css_the_same_way():
    makefile = (ROOT / "Makefile").read_text()
    assert "deploy/vendor-assets.sh node_modules $(VENDOR)" in makefile
    assert "@digdir/designsystemet-css" in (DEPLOY / "vendor-assets.sh").read_text()


def test_the_image_puts_the_writable_directories_where_nginx_serves_them():
    env = _image_env()
    assert env["DJANGO_ENV"] == "production"
    assert env["STATIC_ROOT"] == _nginx_alias("/static/")
    assert env["MEDIA_ROOT"] == _nginx_alias("/media/")
    assert env["WORKSPACE_PRIVATE_ROOT"] not in NGINX  # meeting documents go through the access check only


@pytest.mark.parametrize("server", ["app1", "app2"])
def test_both_app_servers_share_the_uploads(server):
    env, mounts = _image_env(), _mounts(SERVICES[server])
    assert mounts[env["MEDIA_ROOT"]] == "media"
    assert mounts[env["WORKSPACE_PRIVATE_ROOT"]] == "private"


def test_nginx_reads_static_files_and_media_from_the_same_volumes_read_only_and_never_the_private_ones():
    env, mounts = _image_env(), _mounts(SERVICES["nginx"])
    assert mounts[env["STATIC_ROOT"]] == "static:ro"
    assert mounts[env["MEDIA_ROOT"]] == "media:ro"
    assert not any(source.startswith("private") for source in mounts.values())


def test_the_deploy_step_collects_static_files_into_the_volume_nginx_serves():
    migrate, env = SERVICES["migrate"], _image_env()
    assert "collectstatic" in migrate["command"] and "migrate" in migrate["command"]
    assert _mounts(migrate)[env["STATIC_ROOT"]] == "static"
    for server in ("app1", "app2"):
        assert SERVICES[server]["depends_on"]["migrate"] == {"condition": "service_completed_successfully"}
    assert "migrate" not in migrate.get("depends_on", {})


def test_every_named_volume_is_declared():
    declared = set(COMPOSE["volumes"])
    for service in SERVICES.values():
        for source in _mounts(service).values():
            name = source.removesuffix(":ro")
            if not name.startswith((".", "/")):
                assert name in declared, name


def test_the_host_install_example_uses_the_same_directories():
    example = dict(
        line.split("=", 1)
        for line in (DEPLOY / "env.example").read_text().splitlines()
        if re.match(r"^[A-Z_]+=", line)
    )
    assert example["STATIC_ROOT"] == _nginx_alias("/static/")
    assert example["MEDIA_ROOT"] == _nginx_alias("/media/")
    assert example["WORKSPACE_PRIVATE_ROOT"].startswith("/srv/varde/var/")
    unit = (DEPLOY / "systemd" / "varde@.service").read_text()
    assert "ReadWritePaths=/srv/varde/var" in unit  # all three are below it


@pytest.mark.parametrize("unit", sorted((DEPLOY / "systemd").glob("*.service")), ids=lambda p: p.name)
def test_every_script_a_systemd_unit_runs_from_the_checkout_exists(unit):
    for path in re.findall(r"/srv/varde/([\w./-]+)", unit.read_text()):
        if path.startswith((".venv/", "var/")) or path == "var":
            continue
        assert (ROOT / path).exists(), f"{unit.name} runs {path}, which is not in the repository"


def test_the_app_servers_believe_forwarded_addresses_from_the_compose_network_only():
    import ipaddress

    [subnet] = [entry["subnet"] for entry in COMPOSE["networks"]["default"]["ipam"]["config"]]
    trusted = SERVICES["app1"]["environment"]["TRUSTED_PROXIES"].split(",")
    assert [ipaddress.ip_network(t) for t in trusted] == [ipaddress.ip_network(subnet)]
    assert "172.30." not in NGINX  # the host install keeps loopback (env.example's default)
