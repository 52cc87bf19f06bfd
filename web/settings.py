"""Every setting of the web app and command line, with its default and a line of help."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    """A setting: its name (DOSSIER_<NAME> in the environment), default and help."""

    name: str
    default: object
    help: str


SETTINGS = (
    Setting("CORPUS", "seeds", "folder of source files to index and show"),
    Setting("INDEX", "instance/index", "folder of the index built from the corpus"),
    Setting("HOST", "127.0.0.1", "address 'dossier serve' listens on"),
    Setting("PORT", 8000, "port 'dossier serve' listens on"),
    Setting(
        "THREADS",
        8,
        "waitress worker threads; searches are short and mostly hold the GIL, so 8 threads "
        "keep a 2-core machine busy without queueing slow clients",
    ),
    Setting(
        "OCR_LANG", "eng", "Tesseract language(s) scans are read in, e.g. 'eng+fra' (installed packs only)"
    ),
    Setting(
        "ENGINE",
        "whoosh",
        "what answers searches: 'whoosh' (the embedded index) or 'xapian' (the shards in SHARDS)",
    ),
    Setting(
        "SHARDS",
        "",
        "Xapian shards, comma-separated: tcp://host:port of a xapian-tcpsrv, or a folder; "
        "'dossier index' writes them, the engine 'xapian' searches them",
    ),
    Setting(
        "NER",
        "rules",
        "what finds names: 'rules' (word lists, fast) or 'spacy' (a trained model: more names "
        "beyond UK news, about a tenth of the speed)",
    ),
)


def defaults() -> dict[str, object]:
    """Return every setting's default, by name."""
    return {setting.name: setting.default for setting in SETTINGS}
