"""The rights capability's public interface for other capabilities.

Other capabilities (e.g. information for the person) import from here, never from the rights
internals. Everything here is pure Python from the engine, so it stays free of Django.
"""

from varde.rights.engine import (
    Facts,
    FactsError,
    Rule,
    RuleSet,
    derive_status,
    display,
    facts_from_params,
    get_ruleset,
    load_rules,
)

__all__ = [
    "Facts",
    "FactsError",
    "Rule",
    "RuleSet",
    "derive_status",
    "display",
    "facts_from_params",
    "get_ruleset",
    "load_rules",
]
