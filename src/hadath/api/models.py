"""Response and request models: they document the API in its OpenAPI schema."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Actor(BaseModel):
    text: str
    start: int
    end: int
    code: str
    country: str | None = None
    sector: str | None = None
    entity: str | None = None
    name_en: str | None = None


class Trigger(BaseModel):
    text: str
    start: int
    end: int


class EventDate(BaseModel):
    value: str
    precision: str
    basis: str


class Location(BaseModel):
    name: str
    name_ar: str | None = None
    geonameid: int | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class Event(BaseModel):
    """One coded event in one sentence (DESIGN.md), with its document title and sentence."""

    id: str
    doc_id: str
    sentence: int
    cameo: str
    cameo_root: str
    plover: str
    quad_class: int
    goldstein: float
    source: Actor
    target: Actor | None = None
    trigger: Trigger
    date: EventDate | None = None
    location: Location | None = None
    negated: bool
    confidence: float
    coder: str
    sentence_text: str | None = None
    document: EventDocument


class EventDocument(BaseModel):
    """The article an event was coded in."""

    id: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    source: str
    published: str | None = None
    ingested_at: str | None = None
    duplicate_of: str | None = None


class Page(BaseModel):
    total: int = Field(description="number of items matching the filters")
    limit: int
    offset: int


class EventPage(Page):
    items: list[Event]


class Mention(BaseModel):
    event_id: str
    doc_id: str
    sentence: int
    cameo: str
    source: str
    target: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    trigger: str


class AggregatedEvent(BaseModel):
    """One happening: the events reporting it merged (`hadath.corpus.aggregate`)."""

    id: str
    date: str | None = None
    date_precision: str | None = None
    source: str
    source_country: str | None = None
    target: str | None = None
    target_country: str | None = None
    cameo: str
    cameo_root: str
    plover: str
    quad_class: int
    goldstein: float = Field(description="Goldstein score of the happening")
    num_mentions: int
    num_articles: int
    num_sources: int
    first_seen: str | None = None
    last_seen: str | None = None
    location: Location | None = None
    mentions: list[Mention]


class AggregatedEventPage(Page):
    items: list[AggregatedEvent]


class Run(BaseModel):
    text: str
    labels: list[str] = Field(description="trigger, source, target: what covers this run")


class OtherReport(BaseModel):
    event_id: str
    doc_id: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    trigger: str


class Provenance(BaseModel):
    """Where an event came from: its sentence cut into highlighted runs, its document, and
    the other articles that report the same happening."""

    event: Event
    sentence: list[Run]
    document: DocumentSummary
    other_reports: list[OtherReport]


class DocumentSummary(BaseModel):
    id: str
    source: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = None
    duplicate_of: str | None = None
    n_sentences: int
    n_actors: int
    n_events: int
    ingested_at: str


class DocumentPage(Page):
    items: list[DocumentSummary]


class RemovedLine(BaseModel):
    text: str
    reason: str
    line: int


class SentenceOut(BaseModel):
    index: int
    start: int
    end: int
    text: str


class ActorMention(Actor):
    sentence: int
    coref: bool


class DateMention(BaseModel):
    text: str
    start: int
    end: int
    value: str
    precision: str
    basis: str
    sentence: int


class PlaceMention(BaseModel):
    text: str
    start: int
    end: int
    name: str
    name_ar: str
    geonameid: int | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    sentence: int


class DocumentDetail(DocumentSummary):
    text: str = Field(description="the cleaned body; every offset points into it")
    removed: list[RemovedLine]
    sentences: list[SentenceOut]
    actors: list[ActorMention]
    dates: list[DateMention]
    places: list[PlaceMention]
    events: list[Event]


class ActorSummary(BaseModel):
    code: str
    country: str | None = None
    sector: str | None = None
    name_en: str | None = None
    mentions: int
    events: int


class ActorPage(Page):
    items: list[ActorSummary]


class Counterpart(BaseModel):
    code: str
    as_source: int
    as_target: int
    count: int
    goldstein: float


class ActorDetail(BaseModel):
    code: str
    counterparts: list[Counterpart]
    events: EventPage


class SearchHit(BaseModel):
    doc_id: str
    title: str | None
    outlet: str | None = None
    published: str | None = None
    snippet: str
    score: float


class SearchPage(Page):
    query: str
    items: list[SearchHit]


class SeriesPoint(BaseModel):
    period: str = Field(description="YYYY-MM-DD: the day, or the Monday of the week")
    key: str = Field(description="quad class (1-4) or PLOVER category")
    count: int
    goldstein: float = Field(description="mean Goldstein score of the bucket")


class TimeSeries(BaseModel):
    interval: str
    split: str
    points: list[SeriesPoint]


class Node(BaseModel):
    id: str
    count: int
    name_en: str | None = None


class Edge(BaseModel):
    source: str
    target: str
    count: int
    goldstein: float
    conflict: int = Field(description="events of quad class 3 or 4")
    kind: str = Field(description="cooperation or conflict, by the sign of mean Goldstein")


class Network(BaseModel):
    nodes: list[Node]
    edges: list[Edge]


class IngestRequest(BaseModel):
    """An article to run through the pipeline and store: `text` or `html` is required."""

    text: str | None = None
    html: str | None = None
    title: str | None = Field(default=None, max_length=2000)
    url: str | None = Field(default=None, max_length=4000)
    outlet: str | None = Field(default=None, max_length=400)
    published: str | None = Field(
        default=None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD"
    )
    source: str | None = Field(default=None, max_length=4000)


class IngestResult(BaseModel):
    doc_id: str
    stored: bool = Field(description="false when the same content was already stored")
    duplicate_of: str | None = None
    skipped: str | None = Field(default=None, description="why the pipeline skipped it")
    events: int
    actors: int
    sentences: int


class ErrorBody(BaseModel):
    code: str
    detail: str


Event.model_rebuild()
Provenance.model_rebuild()
