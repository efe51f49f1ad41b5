"""The pure query engine: normalising, decompounding, synonyms, suggestions and snippets."""

from varde.knowledge import engine

VOCAB = engine.Vocabulary.build(
    [
        "menneskehandel",
        "ofre",
        "arbeid",
        "utnytting",
        "utnyttelse",
        "helse",
        "hjelp",
        "helsehjelp",
        "tolk",
        "taushetsplikt",
        "barn",
        "refleksjonsperiode",
        "helseplager",
        "psykiske",
        "handle",
    ]
)


def test_normalise_lowercases_strips_punctuation_and_bounds_length():
    assert engine.normalise("  Menneske-HANDEL?! ") == "menneskehandel"
    assert engine.normalise("<script>alert(1)</script>") == "script alert 1 script"
    assert len(engine.normalise("ord " * 200)) <= engine.MAX_QUERY_LENGTH


def test_decompound_with_linking_s():
    assert engine.decompound("menneskehandelsofre", VOCAB) == ["menneskehandel", "ofre"]
    assert engine.decompound("arbeidsutnytting", VOCAB) == ["arbeid", "utnytting"]


def test_decompound_without_link_and_refuses_nonsense():
    assert engine.decompound("barnhelse", VOCAB) == ["barn", "helse"]
    assert engine.decompound("menneskehandl", VOCAB) is None
    assert engine.decompound("xyzxyzxyz", VOCAB) is None


def test_expand_adds_synonyms_and_compound_parts():
    groups = engine.expand("trafficking", VOCAB)
    assert "menneskehandel" in groups[0]
    groups = engine.expand("menneskehandelsofre", VOCAB)
    assert {"menneskehandel", "ofre"} <= set(groups[0])


def test_expand_keeps_multi_word_synonyms_together_and_drops_stopwords():
    groups = engine.expand("hjelp uten lovlig opphold og tolk", VOCAB)
    assert len(groups) == 3
    assert "papirløse" in groups[1]


def test_expand_finds_compounds_ending_with_the_word():
    assert "helseplager" in engine.expand("plager", VOCAB)[0]


def test_suggest_corrects_typos_only():
    assert engine.suggest("taushetsplkt", VOCAB) == "taushetsplikt"
    assert engine.suggest("taushetsplikt", VOCAB) is None
    assert engine.suggest("menneskehandelsofre", VOCAB) is None


def test_snippet_marks_hits_and_keeps_text_plain():
    text = "Innledning. " * 30 + "Bruk kvalifisert tolk når personen trenger det. <b>"
    parts = engine.snippet(text, ["tolk"])
    assert ("tolk", True) in parts
    joined = "".join(p for p, _ in parts)
    assert joined.startswith("…") and "<b>" in joined  # escaping is left to the template
    assert engine.snippet("", ["tolk"]) == []
