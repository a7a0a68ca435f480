"""The data model that flows through the pipeline.

A `RawDoc` is what a reader produced from bytes (already decoded to text).  The
`clean` stage turns it into a `Document`; every later stage adds its own layer to
the same `Document` and returns it.  All offsets are character offsets into
`Document.text` (the cleaned body as a reader sees it), never into normalised text.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SourceKind = Literal["text", "html"]
Precision = Literal["day", "month", "year"]


@dataclass(slots=True)
class RawDoc:
    """One article as read from its container, decoded to `str`.

    `source` names where it came from (a path, `path:line` for JSONL, a URL for
    feeds/WARC).  Metadata given by the container (JSONL fields, feed entries) is
    carried in the optional fields; `clean` fills what is missing from the page.
    """

    source: str
    kind: SourceKind
    content: str
    encoding: str = "utf-8"
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD when the container gives one

    @property
    def content_hash(self) -> str:
        """sha256 of the decoded content: the identity used for idempotent stores."""
        return hashlib.sha256(self.content.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(slots=True)
class RemovedLine:
    """A line of the page that `clean` judged not to be article body, kept for audit."""

    text: str
    reason: str
    line: int  # 0-based line number in the raw content (-1 when not line-based)


@dataclass(slots=True)
class Token:
    """A whitespace/punctuation token of `Document.text` with its segmentation view.

    `norm` is the normalised matching form; `segments` splits proclitics and
    enclitics (e.g. "وأشاد" -> ["و", "اشاد"], "للعراق" -> ["ل", "ال", "عراق"]);
    `stem` is the segment carrying the lexical word.
    """

    text: str
    start: int
    end: int
    norm: str
    segments: tuple[str, ...] = ()
    stem: str = ""


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: list[Token] = field(default_factory=list)


@dataclass(slots=True)
class DateMention:
    """A date expression found in the text and resolved against a base date."""

    text: str
    start: int
    end: int
    value: str  # "2021-08-28" | "2021-08" | "2021"
    precision: Precision
    basis: str  # "explicit" | "relative" | "publication"
    how: str = ""  # short note of the rule that resolved it, e.g. "levantine-month"
    sentence: int = -1


@dataclass(slots=True)
class ActorMention:
    """An actor recognised in the text, coded for the date of the document."""

    text: str
    start: int
    end: int
    code: str  # e.g. "FRAGOV"
    country: str | None = None  # ISO 3166 alpha-3, or None for IGOs/non-state
    sector: str | None = None  # CAMEO sector, e.g. "GOV"
    entity: str | None = None  # stable id of the person/organisation
    name_en: str | None = None
    sentence: int = -1
    coref: bool = False  # resolved through within-document coreference


@dataclass(slots=True)
class PlaceMention:
    text: str
    start: int
    end: int
    name: str
    name_ar: str
    geonameid: int | None
    country: str | None  # ISO 3166 alpha-3
    lat: float | None
    lon: float | None
    sentence: int = -1
    kind: str = "city"  # city | region | country


@dataclass(slots=True)
class Span:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class EventDate:
    value: str
    precision: Precision
    basis: str  # explicit | relative | publication


@dataclass(slots=True)
class Location:
    name: str
    name_ar: str
    geonameid: int | None
    country: str | None
    lat: float | None
    lon: float | None


@dataclass(slots=True)
class Event:
    """One coded event in one sentence (DESIGN.md, "Data contracts")."""

    id: str
    doc_id: str
    sentence: int
    cameo: str
    cameo_root: str
    plover: str
    quad_class: int
    goldstein: float
    source: ActorMention
    target: ActorMention | None
    trigger: Span
    date: EventDate | None = None
    location: Location | None = None
    negated: bool = False
    confidence: float = 0.0
    coder: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape fixed by DESIGN.md."""
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "sentence": self.sentence,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "plover": self.plover,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "source": actor_to_dict(self.source),
            "target": actor_to_dict(self.target) if self.target else None,
            "trigger": asdict(self.trigger),
            "date": asdict(self.date) if self.date else None,
            "location": asdict(self.location) if self.location else None,
            "negated": self.negated,
            "confidence": round(self.confidence, 3),
            "coder": self.coder,
        }


def actor_to_dict(actor: ActorMention) -> dict[str, Any]:
    """An actor in the DESIGN.md `Actor` shape."""
    return {
        "text": actor.text,
        "start": actor.start,
        "end": actor.end,
        "code": actor.code,
        "country": actor.country,
        "sector": actor.sector,
        "entity": actor.entity,
        "name_en": actor.name_en,
    }


@dataclass(slots=True)
class Document:
    """One article and every layer the stages have added to it."""

    id: str
    source: str
    content_hash: str
    raw: RawDoc
    text: str = ""
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date, the base date for relative expressions
    language: str | None = None
    removed: list[RemovedLine] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    skip_reason: str | None = None  # set by a stage that decides the document is not codable
    duplicate_of: str | None = None  # id of the first stored copy of a near-duplicate
    notes: list[str] = field(default_factory=list)

    @classmethod
    def from_raw(cls, raw: RawDoc) -> Document:
        digest = raw.content_hash
        return cls(
            id=digest[:16],
            source=raw.source,
            content_hash=digest,
            raw=raw,
            title=raw.title,
            url=raw.url,
            outlet=raw.outlet,
            published=raw.published,
        )

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence containing `offset`, or -1."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return mid
        return -1
