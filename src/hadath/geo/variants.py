"""Proclitic variants of a word: what a name may look like once و/ف, ب/ل/ك and ال are off.

Place names and search terms are matched against every reading of a word's prefix letters,
not one guessed segmentation: "وفرنسا" may be و+فرنسا and "فرنسا" may look like ف+رنسا, so
the matcher asks "is any reading a known name?" and the search index stores every reading.
The clitic inventory is the text package's (``data/text/clitics.yaml``).
"""

from __future__ import annotations

from hadath.text.segment import CliticRules


def proclitic_variants(word: str, rules: CliticRules, strip_article: bool = True) -> list[str]:
    """`word` and every form left by stripping conjunction, preposition and article.

    With ``strip_article=False`` the article stays (place names that take it carry it, so
    "المالي" must not become the country "مالي").  Forms keep at least ``rules.min_stem``
    letters; the word itself comes first, then shorter forms, without repeats.  ``لل``
    (ل + ال with the alef dropped) yields ``ال`` + rest.
    """
    out: list[str] = [word]
    seen = {word}

    def keep(form: str) -> None:
        if len(form) >= rules.min_stem and form not in seen:
            seen.add(form)
            out.append(form)

    after_conj = [word] + [word[len(c) :] for c, _ in rules.conjunctions if word.startswith(c)]
    for base in after_conj:
        keep(base)
        after_prep = [base]
        if base.startswith(rules.lam_article):
            keep(rules.article + base[len(rules.lam_article) :])
            after_prep.append(rules.article + base[len(rules.lam_article) :])
        after_prep += [base[len(p) :] for p, _ in rules.prepositions if base.startswith(p)]
        for form in after_prep:
            keep(form)
            if strip_article and form.startswith(rules.article):
                keep(form[len(rules.article) :])
    return out
