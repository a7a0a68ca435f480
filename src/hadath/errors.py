"""The one catalogue of hadath's error messages.

Every error raised or reported by hadath carries a code from this catalogue, so users can
look it up and tests can assert on it.  Ranges: E0xx core, ingest, store and CLI; E1xx
clean, text and time; E2xx actors; E3xx events and evaluation; E4xx corpus, geo, search and
export; E5xx API and web; E6xx scale, batch and feeds.
"""

from __future__ import annotations

from enum import Enum


class ErrorCode(Enum):
    """Error codes with their message templates (``str.format`` fields)."""

    # --- E0xx: core, ingest, store, CLI -------------------------------------------------
    E001 = "cannot read {path}: {reason}"
    E002 = "{path}: empty file"
    E003 = "{path}: binary content, not text"
    E004 = "{path}: cannot decode text (tried {tried})"
    E005 = "{path}: unsupported file type {suffix!r}"
    E006 = "{path}:{line}: malformed JSON line: {reason}"
    E007 = "{path}:{line}: JSON line has neither 'text' nor 'html'"
    E008 = "{path}: file larger than the {limit} MB limit"
    E009 = "{path}: HTML has no readable body"
    E010 = "database {path}: {reason}"
    E011 = "database {path} has schema version {found}, newer than this hadath ({known})"
    E012 = "invalid date {value!r}: expected YYYY-MM-DD"
    E013 = "nothing could be read from the given inputs"
    E014 = "{path}: no such file or folder"
    E015 = "{path}: no article text left after cleaning"
    E016 = "{source}: pipeline stage {stage!r} failed: {reason}"
    E017 = "invalid option {name}: {reason}"
    E018 = "{source}: not stored, the database refused it: {reason}"
    # --- E1xx: clean, text, time ---------------------------------------------------------
    E101 = "{path}: document is not Arabic (detected {language})"
    E102 = "{path}:{line}: invalid text data: {reason}"
    E103 = "compiled {name} data is missing or stale ({reason}); run python -m hadath.data.build"
    E104 = "{path}:{line}: invalid calendar data: {reason}"
    E105 = "{what} is empty: give Arabic text, or '-' to read standard input"
    E106 = "{what} holds bytes that are not UTF-8 text"
    # --- E2xx: actors --------------------------------------------------------------------
    E201 = "{path}:{line}: invalid actor dictionary entry: {reason}"
    E202 = "compiled actor data {path} is missing or broken ({reason}); rebuild the data"
    E203 = "actor text input: {reason}"
    # --- E3xx: events and evaluation -----------------------------------------------------
    E301 = "{path}:{line}: invalid event pattern: {reason}"
    E302 = "{path}:{line}: invalid CAMEO ontology row: {reason}"
    E303 = "{path}: invalid grammar file: {reason}"
    E304 = "compiled event data is missing or stale ({reason}); run python -m hadath.data.build"
    E305 = "{path}:{line}: invalid evaluation record: {reason}"
    E306 = "{path}: no usable evaluation records"
    E307 = "{path}:{line}: malformed input line: {reason}"
    # --- E4xx: corpus, geo, search, export ----------------------------------------------
    E401 = "{path}:{line}: invalid gazetteer entry: {reason}"
    E402 = "{format} output is binary: give --output FILE"
    E403 = "invalid export filter {name}: {reason}"
    E404 = "compiled gazetteer is missing or stale ({reason}); run python -m hadath.data.build"
    E405 = "cannot write {path}: {reason}"
    # --- E5xx: API and web ---------------------------------------------------------------
    E501 = "invalid request: {reason}"
    E502 = "ingest is disabled: start the server with --token or HADATH_TOKEN"
    E503 = "missing or wrong ingest token"
    E504 = "request body larger than the {limit}-byte limit"
    E505 = "no {what} with id {id!r}"
    E506 = "ingest failed: {reason}"
    E507 = "ingest needs 'text' or 'html'"
    E508 = "{path}: invalid page label {key!r}: {reason}"
    E509 = (
        "{count} events match, more than the {limit} one request may aggregate: "
        "narrow the filters (date range, actor, code)"
    )
    # --- E6xx: scale, batch, feeds -------------------------------------------------------
    E601 = "batch input {path}: {reason}"
    E602 = "batch output {path}: {reason}"
    E603 = "batch output {path} was written with other settings ({reason}); use a new --out"
    E604 = "{path}: unreadable WARC record at offset {offset}: {reason}"
    E605 = "{source}: WARC payload larger than the {limit} MB limit"
    E606 = "shard file {path}: {reason}"
    E607 = "cannot reach the Dask cluster: {reason}"
    E608 = "shard {shard} failed on its worker: {reason}"
    E609 = "feed {url}: {reason}"
    E610 = "fetch {url}: {reason}"
    E611 = "{url}: response larger than the {limit}-byte limit"
    E612 = "{url}: not an article page (content type {ctype!r})"
    E613 = "{url}: refused, only http and https URLs are fetched"


class HadathError(Exception):
    """An error with a catalogue code; ``str()`` is the one-line message users see."""

    def __init__(self, code: ErrorCode, **fields: object) -> None:
        self.code = code
        self.fields = fields
        super().__init__(f"[{code.name}] {code.value.format(**fields)}")

    @property
    def reason(self) -> str:
        """The message without its code, for summaries that group by code."""
        return self.code.value.format(**self.fields)
