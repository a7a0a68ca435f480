"""Pipeline stage ``resolve``: give each event its date and its place.

Date: the date expression of the event's own clause.  The triggers of a sentence's events
cut it into clauses; an event takes the first date after its trigger and before the next
trigger ("زار X بغداد في 2 أيلول فيما زار Y باريس في 19 تشرين الأول" dates each visit by its
own date), else the date right before it (or any date before it, for the sentence's first
event), else the sentence's first date.  A date introduced by an anchor word of the
calendar ("بعد تشكيل الحكومة في أيار") dates another happening and is never taken.
Without a date of its own, an event gets the publication date (basis ``publication``), else
none.

Place: the first place of the event's own sentence that is not a dateline ("لندن ـ «الشرق
الأوسط»:" is where the report was filed); of a protest, the first that is not what it is
against (هتافات مناهضة لإسرائيل).  Else the article's own place (its dateline, or else the
first place of the lead sentence), else the last place of the nearest earlier sentence
that names one; never a place first named further down, so such an event has none.

Targets: an attack (`place_target_roots`) that names no party hit targets the country of
the first place within a few words after its trigger in its own sentence ("انفجرت سيارة
مفخخة في الكرادة" -> Iraq).

Local actors: a generic source or target of one of the grammar's `local_sectors` named
without a nationality ("خمسة مدنيين قتلوا ... في الكرادة") takes the country of the first
place of the event's own sentence (never of a dateline: "لندن ـ «الشرق الأوسط»"); of a
protest or a verbal act, of the first place that is not its object (قطع العلاقات مع تل
أبيب).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Mapping, Sequence, Set
from dataclasses import replace

from hadath.document import (
    ActorMention,
    DateMention,
    Document,
    Event,
    EventDate,
    Location,
    PlaceMention,
)
from hadath.events.grammar import Grammar
from hadath.events.targets import TARGET_REACH
from hadath.events.words import COMMAS
from hadath.resources import Resources
from hadath.text.normalize import normalize_form
from hadath.time.resources import Calendar


def _date_of(mention: DateMention) -> EventDate:
    return EventDate(mention.value, mention.precision, mention.basis)


def _publication_date(published: str | None) -> EventDate | None:
    if not published:
        return None
    parts = published[:10].split("-")
    precision = {3: "day", 2: "month", 1: "year"}.get(len(parts), "day")
    return EventDate("-".join(parts), precision, "publication")  # type: ignore[arg-type]


def _location_of(place: PlaceMention) -> Location:
    return Location(place.name, place.name_ar, place.geonameid, place.country, place.lat, place.lon)


def _local(actor: ActorMention | None, country: str, sectors: Set[str]) -> ActorMention | None:
    """The actor with the place's country, if it is a generic actor of a local sector that
    has none; else the actor unchanged."""
    if actor is None or actor.country or actor.entity or actor.sector not in sectors:
        return actor
    if actor.code != actor.sector:
        return actor  # not generic: a named actor without a country (an IGO, a group)
    return replace(actor, code=f"{country}{actor.code}", country=country)


def localise_actors(event: Event, place: PlaceMention | None, sectors: Set[str]) -> None:
    """Give the event's generic local actors the country of its own sentence's place."""
    if place is None or not place.country:
        return
    event.source = _local(event.source, place.country, sectors) or event.source  # never None
    event.target = _local(event.target, place.country, sectors)


# What follows a dateline's place: a dash (the tatweel is used as one) or a colon.
_DATELINE_MARKS = frozenset("\u0640-\u2013\u2014:")


def _is_dateline(doc: Document, index: int, place: PlaceMention) -> bool:
    """Whether the place opens a sentence as a dateline ("لندن ـ «الشرق الأوسط»:"): the
    bureau the report was filed from, not where its events happen."""
    if not 0 <= index < len(doc.sentences):
        return False
    before = doc.text[doc.sentences[index].start : place.start]
    after = doc.text[place.end : place.end + 3].lstrip()[:1]
    return len(before.split()) <= 1 and after in _DATELINE_MARKS


def _first_free_place(
    doc: Document, index: int, places: list[PlaceMention], g: Grammar
) -> PlaceMention | None:
    """The first place of sentence `index` that is not an object: not the object of an
    attached preposition other than a venue clitic (لإسرائيل) or of an
    `object_prepositions` word (ضد إسرائيل، مع تل أبيب), nor a place joined to such an
    object by و (... والولايات المتحدة).  None when every place is one."""
    sentences = doc.sentences
    tokens = sentences[index].tokens if 0 <= index < len(sentences) else []
    objects_end: int | None = None
    for place in places:
        k = next((k for k, t in enumerate(tokens) if t.start <= place.start < t.end), None)
        if k is None:
            return place
        token = tokens[k]
        glued = doc.text[token.start : place.start]  # the proclitics on the place's word
        joined = (
            objects_end is not None
            and glued[:1] in g.conjunctions
            and not doc.text[objects_end : token.start].strip()
        )
        clitic = g.without_conjunction(glued)
        object_clitic = clitic[:1] in g.prepositions_attached and not clitic.startswith(
            g.venue_clitics
        )
        if object_clitic or (k and tokens[k - 1].norm in g.object_prepositions) or joined:
            objects_end = place.end
            continue
        return place
    return None


def _earlier_place(
    places: Mapping[int, list[PlaceMention]], placed: list[int], sentence: int
) -> PlaceMention | None:
    """The last place of the nearest earlier sentence that names one (`placed`: the indices
    of the sentences with places, sorted); None when no earlier sentence names a place."""
    k = bisect_left(placed, sentence)
    return places[placed[k - 1]][-1] if k else None


def _sentence_index(doc: Document, start: int, given: int) -> int:
    return given if given >= 0 else doc.sentence_of(start)


def anchored_dates(
    doc: Document,
    index: int,
    dates: list[DateMention],
    triggers: Sequence[int],
    calendar: Calendar,
) -> set[int]:
    """Start offsets of the dates of sentence `index` that an anchor word introduces.

    An anchor word ("بعد", "منذ" ...) anchors the first date after it in its clause: "بعد
    تشكيل الحكومة في أيار" anchors أيار.  Its reach ends at that date, at punctuation and at
    an event trigger (`triggers`: the trigger starts of the sentence's events); an anchor
    right after a word of ``anchor_not_after`` ("من قبل" = "by") is none.
    """
    if not dates or not 0 <= index < len(doc.sentences):
        return set()
    trigger_starts = set(triggers)
    anchored: set[int] = set()
    pending = iter(dates)
    date = next(pending, None)
    open_anchor = False
    previous = ""
    passed_end = -1  # end of the last date reached
    for token in doc.sentences[index].tokens:
        while date is not None and token.start >= date.start:
            if open_anchor:
                anchored.add(date.start)
                open_anchor = False
            passed_end = max(passed_end, date.end)
            date = next(pending, None)
        if date is None:
            break
        if token.start < passed_end:
            continue  # inside a date expression: the بعد of "بعد غد" anchors nothing
        word = token.norm
        if token.start in trigger_starts or not word[:1].isalnum():
            open_anchor = False  # another happening, or the clause ends
        elif word in calendar.anchor_words and previous not in calendar.anchor_not_after:
            open_anchor = True
        previous = word
    return anchored


def date_of_event(
    event: Event,
    triggers: list[int],
    dates: list[DateMention],
    anchored: set[int],
    text: str,
) -> DateMention | None:
    """The date of `event` among its sentence's `dates` (sorted by start), or None.

    `triggers` are the sorted trigger starts of the sentence's events; dates whose start
    is in `anchored` are never chosen; `text` is the document's text.  The first date after
    the trigger and before the next trigger; else the last date before the trigger, if the
    event is its sentence's first or the date stands right before it, in its clause (a
    fronted "وفي 5 آذار زار"); else the sentence's first date.  Otherwise a date between
    two triggers belongs to the earlier one: Arabic puts adjuncts after the verb.
    """
    free = [d for d in dates if d.start not in anchored]
    if not free:
        return None
    start, end = event.trigger.start, event.trigger.end
    later = [t for t in triggers if t > start]
    next_trigger = later[0] if later else None
    for d in free:  # first date after the trigger, inside its clause
        if d.start >= end and (next_trigger is None or d.start < next_trigger):
            return d
    first = not any(t < start for t in triggers)
    before = [d for d in free if d.end <= start]
    if before and (first or _adjacent(text, before[-1].end, start)):
        return before[-1]
    return free[0]


def _adjacent(text: str, end: int, start: int) -> bool:
    """Whether at most one word and no punctuation stand between `end` and `start`: after
    "أمس (الأحد)، واستقبل" the weekday is the earlier clause's."""
    words = text[end:start].split()
    return len(words) <= 1 and all(w.isalnum() for w in words)


def resolve_events(doc: Document, res: Resources) -> Document:
    """Set ``event.date`` and ``event.location`` for every event of the document."""
    dates: dict[int, list[DateMention]] = defaultdict(list)
    for mention in sorted(doc.dates, key=lambda d: d.start):
        dates[_sentence_index(doc, mention.start, mention.sentence)].append(mention)
    places: dict[int, list[PlaceMention]] = defaultdict(list)
    datelines: list[PlaceMention] = []
    for named in sorted(doc.places, key=lambda p: p.start):
        index = _sentence_index(doc, named.start, named.sentence)
        if _is_dateline(doc, index, named):
            datelines.append(named)
        else:
            places[index].append(named)
    # The article's own place: its dateline, else the lead sentence's first place.  A place
    # first named further down is never given to the events told before it.
    lead = datelines[0] if datelines else (places[0][0] if places.get(0) else None)
    placed_sentences = sorted(k for k, found in places.items() if found)
    grammar = res.events.grammar
    publication = _publication_date(doc.published)
    local_sectors = grammar.local_sectors
    triggers: dict[int, list[int]] = defaultdict(list)
    for event in doc.events:
        triggers[event.sentence].append(event.trigger.start)
    for starts in triggers.values():
        starts.sort()
    anchored: dict[int, set[int]] = {}
    free_places: dict[int, PlaceMention | None] = {}  # by sentence: `_first_free_place`
    for event in doc.events:
        own_dates = dates.get(event.sentence, [])
        own_triggers = triggers[event.sentence]
        if own_dates and event.sentence not in anchored:
            anchored[event.sentence] = anchored_dates(
                doc, event.sentence, own_dates, own_triggers, res.calendar
            )
        own_date = date_of_event(
            event,
            own_triggers,
            own_dates,
            anchored.get(event.sentence, set()),
            doc.text,
        )
        event.date = _date_of(own_date) if own_date else publication
        own_places = places.get(event.sentence, [])
        first = own_places[0] if own_places else None
        if event.sentence not in free_places:
            free_places[event.sentence] = _first_free_place(
                doc, event.sentence, own_places, grammar
            )
        free = free_places[event.sentence]
        # a protest is not where what it is against is; a verbal act's object is not where
        # its local actors come from (an attack's object is: هجوم على بغداد)
        protest = event.cameo_root in grammar.grievance_roots
        verbal = event.cameo_root not in grammar.reporting_roots
        own_place = free if protest else first
        place = own_place or lead or _earlier_place(places, placed_sentences, event.sentence)
        event.location = _location_of(place) if place else None
        localise_actors(event, free if protest or verbal else first, local_sectors)
        if event.target is None and event.cameo_root in grammar.place_target_roots:
            event.target = _place_as_target(doc.text, event, own_places, grammar)
    return doc


def _place_as_target(
    text: str, event: Event, places: Sequence[PlaceMention], g: Grammar
) -> ActorMention | None:
    """The country of the place an attack hit, as its target: an actor of that country
    spanning the words of the first place of a known country within `TARGET_REACH`
    words after the trigger in its clause (a place before the trigger is often where a
    report was given: قال في أنقرة إن الهجوم; a comma before a word joined by و opens
    another clause).  Never the source itself, nor the country a bare country source
    stands for (هاجمت كابل ... في كابل); None when there is no such place."""
    source, end = event.source, event.trigger.end
    for p in places:
        if p.start < end:
            continue
        between = text[end : p.start]
        if len(between.split()) > TARGET_REACH or _joined_clause(between, g):
            return None
        if (
            p.country
            and p.country != (source.code if source.sector is None else None)
            and not (source.start < p.end and p.start < source.end)
        ):
            return ActorMention(
                p.text,
                p.start,
                p.end,
                p.country,
                country=p.country,
                name_en=p.name,
                sentence=event.sentence,
            )
    return None


def _joined_clause(text: str, g: Grammar) -> bool:
    """Whether `text` holds a comma followed by a word joined by و or ف (another clause),
    not a preposition that starts with one of them (في)."""
    for mark in COMMAS:
        for after in text.split(mark)[1:]:
            word = normalize_form(after.split(maxsplit=1)[0]) if after.strip() else ""
            if g.joined_by_conjunction(word):
                return True
    return False
