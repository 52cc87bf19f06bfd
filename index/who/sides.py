"""Tell the source's sides from its towns and people: results, standings, line-ups and matches."""

from __future__ import annotations

import re
from functools import cache, cached_property

from .gazetteers import (
    OPENING_ORG_HEADS,
    a_country,
    canonical_place,
    english_words,
    places,
)
from .located import (
    wire_dateline,
)
from .matches import (
    A_COMPETITION,
    COMPETITION_WORDS,
    MEETS_AFTER,
    OPPONENT_BEFORE,
    OWNED_PERSON,
    RIVALS_AFTER,
    ROLE_AT_A_CLUB,
    SIDE_BEATEN,
    SIDE_BEATS,
    SIDE_S_AFTER,
    WHERE_AND_BEFORE,
    WHERE_BEFORE,
    a_side_in_a_match,
    club_s_own,
    named_for_a_town,
    side_by_its_town,
)
from .sports import SIDE_FOR_THE
from .tables import (
    BARE_LIST,
    CLUB_CLOSED,
    CLUB_WORDS,
    FIXTURE,
    PLAYER_AND_CLUB,
    RESULT_HEADLINE,
    SIDE_AND_SCORE,
    STANDINGS_AFTER,
    STANDINGS_ROW,
    adds_up,
    batting_side,
    fixtures_line,
    line_up_item,
    results_line,
    standings_row,
    two_sides_line,
)
from .words import (
    ORGANISATION,
    PERSON,
    PLACE,
    Mention,
    plural_of_a_word,
    realm,
    team,
)


@cache
def _place_ends() -> frozenset[str]:
    """Return the last words of the gazetteer's places of several words: "states", "islands"."""
    return frozenset(name.rsplit(" ", 1)[-1] for name in places() if " " in name)


#: What a side does over two legs of a tie: " win 4-2 on aggregate", " qualified on away goals".
_ON_AGGREGATE = re.compile(
    r" (?:win|won|wins|go through|went through|qualif(?:y|ied))\b[^.]{0,20}\bon (?:aggregate|away goals)\b"
)


class Sides:
    """The sides a source names, told from its towns and people; mixed into Cast."""

    @cached_property
    def _clubs_named_for_towns(self) -> frozenset[str]:
        """Return the pairs no list knows, ending in a town, that play a match: "beat Vitesse Arnhem 3-1"."""
        return self._names_where(
            lambda text, m: (
                m.kind == "unknown"
                and named_for_a_town(m.words)
                and a_side_in_a_match(text, m)
                # "Gloria Bistrita win 4-2 on aggregate": what only a side does, though a given name opens it
                or m.kind in ("unknown", PERSON)
                and len(m.words) == 2
                and _ON_AGGREGATE.match(text, m.end) is not None
                # "Sokol Tychy 5 Lech Poznan 3": a line of two sides and a score each
                or m.kind in ("unknown", PERSON)
                and side_by_its_town(m.words)
                and two_sides_line(text, m)
            )
        )

    def _squad_of_surnames(self, text: str) -> bool:
        """Tell whether a paragraph is a bare list of surnames, two or more of people named in full.

        "Given, Breen, Staunton, Irwin, McAteer, Harte, McLoughlin." lists a squad by no
        label: the players the story names in full tell the rest are players too.
        """
        if text.count(",") < 4 or not BARE_LIST.fullmatch(text.strip()):
            return False
        items = [item.strip() for item in re.split(r",|\band\b", text.strip().rstrip("."))]
        return sum(self._someone_s_surname(item) for item in items) >= 2

    def _side_elsewhere(self, mention: Mention, text: str) -> bool:
        """Tell whether a name the source has play as a side elsewhere is one here too.

        A cricket report has "Surrey captain Chris Lewis" once and then "Surrey closed on
        429 for seven"; a table's "Puchon 3 1 0 6 1 10", then "Puchon beat". Not where
        something is put in it: "a match at Leicester" stays the town.
        """
        if mention.text not in self._sides or wire_dateline(text, mention.end):
            return False  # "NEW YORK 1996-12-06" over a table where "NEW YORK" is a side: where it was filed
        if FIXTURE.fullmatch(text.strip()):
            return True  # "Kansas City at Detroit": the home side, though "at" puts things somewhere
        before = text[max(0, mention.start - 45) : mention.start]
        if club_s_own(text, mention) or OPPONENT_BEFORE.search(before):
            return True  # "joined Milan from Bologna": his club, though "from" puts things somewhere
        # "in Kent and Somerset": the place a list after "in" opens, and the places after it.
        return not (WHERE_BEFORE.search(before) or WHERE_AND_BEFORE.search(before))

    def plays(self, name: str) -> bool:
        """Tell whether the source has a name play as a side: "Doncaster" of "Hereford 1-1 Doncaster"."""
        return name in self._sides

    @cached_property
    def _sides(self) -> frozenset[str]:
        """Return the names the source has play as sides: by what a club does, a result or an innings.

        A list that holds a side holds sides: "title rivals Essex, Derbyshire and Surrey".
        """
        sides = {
            m.text
            for text, mentions in self._paragraphs
            for m in mentions
            if (
                m.kind == PLACE
                and (a_side_in_a_match(text, m) or batting_side(text, m))
                # "Charlton striker", "the Lions coach"; a sentence's "Assistant coach" and
                # "Uncapped fly-half" say what the player is.
                or m.kind == "unknown"
                and len(m.words) == 1
                and ROLE_AT_A_CLUB.match(text, m.end) is not None
                and (
                    m.text in self.proper_words
                    or m.text.lower() not in english_words()
                    and not m.text.endswith("ed")
                )
                or m.kind in (PLACE, "unknown")
                and self._results_side(text, m)
            )
            and not self._someone_s_surname(m.text)
        }
        # A result's headline names two sides: "Newcastle 27-27 Gloucester".
        for line in self._headline_lines:
            if result := RESULT_HEADLINE.fullmatch(line.strip()):
                sides.update(name for name in result.groups() if not a_country(name))
        joined = self._joined
        if sides or (any(word in joined for word in COMPETITION_WORDS) and A_COMPETITION.search(joined)):
            # A sports report, by a side it has play or a competition it names: there a town
            # met or played against is a side too ("face Chelsea in the final", "a draw against
            # Blackburn"), as is one whose player the source names ("Chelsea's Damien Duff").
            sides.update(
                m.text
                for text, mentions in self._paragraphs
                for m in mentions
                if m.kind == PLACE
                and len(m.words) <= 2
                and self._met_as_a_side(text, m)
                and not a_country(m.text)
                and not self._someone_s_surname(m.text)
            )
            # ... and a town listed with a body: "between Arsenal and Chelsea", "Chelsea,
            # Manchester United and Arsenal"; and both towns of a fixture's line ("KANSAS CITY AT
            # DETROIT").
            for text, mentions in self._paragraphs:
                if len(mentions) == 2 and FIXTURE.fullmatch(text.strip()):
                    sides.update(m.text for m in mentions if m.kind == PLACE and not a_country(m.text))
                for a, b in zip(mentions, mentions[1:], strict=False):
                    if text[a.end : b.start] in (" and ", " or ", ", "):
                        for town, body in ((a, b), (b, a)):
                            if (
                                town.kind == PLACE
                                and body.kind == ORGANISATION
                                and len(town.words) <= 2
                                and not a_country(town.text)
                                and not self._someone_s_surname(town.text)
                            ):
                                sides.add(town.text)
        if sides:
            for items in self._name_lists:
                if sides.intersection(items):
                    sides.update(item for item in items if not a_country(item))
            # ... and a pair: "title hopefuls Derbyshire and Surrey", "Essex and Kent both face".
            for text, mentions in self._paragraphs:
                for a, b in zip(mentions, mentions[1:], strict=False):
                    if (
                        text[a.end : b.start] in (" and ", " or ")
                        and a.kind == b.kind == PLACE  # not "both Farrell and Wigan", a player and his club
                        and (a.text in sides) != (b.text in sides)
                        and not (a_country(a.text) or a_country(b.text))
                        and not WHERE_BEFORE.search(text, max(0, a.start - 30), a.start)
                    ):
                        sides.update((a.text, b.text))
        # A line-up's brackets after each player hold his club: "Damien Traille (Biarritz),
        # Fabien Pelous (Stade Toulousain, capt)", where two or more are towns (an actor's hold
        # films: "Anne Reid (The Mother)"); a country is his nation, no club. Counted over the
        # source: a wire breaks a list of scorers into lines of two ("Anto Drobnjak (Bastia),
        # Xavier Gravelaine (Marseille).").
        held = [
            item[1] for text, _ in self._paragraphs if " (" in text for item in PLAYER_AND_CLUB.finditer(text)
        ]
        # A club's name may end with its town: "Legia Warsaw", "Hutnik Krakow".
        towns = [
            name
            for name in held
            if (name.lower() in places() or name.split()[-1].lower() in places())
            and not realm(canonical_place(name).lower())
        ]
        if len(held) >= 3 and len(towns) >= 2:
            for text, mentions in self._paragraphs:
                sides.update(
                    m.text
                    for m in mentions
                    if m.kind in (PLACE, "unknown", PERSON)
                    and (
                        (item := PLAYER_AND_CLUB.match(text, line_up_item(text, m.start)))
                        and item[1] == m.text
                        # "(Legia Warsaw), Ryszard Wieczorek": the item the line before broke
                        or m.start == 1
                        and text.startswith("(")
                        and CLUB_CLOSED.match(text, m.end) is not None
                    )
                    and not realm(canonical_place(m.text).lower())
                    and not self._someone_s_surname(m.text)
                )
        return frozenset(sides)

    def _met_as_a_side(self, text: str, mention: Mention) -> bool:
        """Tell whether a sports report's town is met as a side: an opponent, or a club's player named."""
        if text.startswith("-", mention.end):
            return False  # "Barcelona-based": the town in a compound
        if OPPONENT_BEFORE.search(text, max(0, mention.start - 45), mention.start):
            # "against Blackburn", "face Chelsea", "lead over Seattle"; not "against Lancashire
            # rivals Blackburn", the county the side is of.
            return RIVALS_AFTER.match(text, mention.end) is None
        if SIDE_S_AFTER.match(text, mention.end) or MEETS_AFTER.match(text, mention.end):
            return True  # "Chelsea's Premiership lead", "Chelsea central defender Franck Leboeuf"
        owned = OWNED_PERSON.match(text, mention.end)
        # "Baltimore's Eddie Murray", someone the source names in full: the club's player
        return owned is not None and any(person.name == owned[1] for person in self.people)

    @cached_property
    def _ranks(self) -> bool:
        """Tell whether the source holds a league's standings: most rank no one."""
        return STANDINGS_AFTER.search(self._joined) is not None

    @cached_property
    def _ranked_names(self) -> frozenset[str]:
        """Return the names of words that open a row of a league's standings: "Young Boys 9 1 0 8 6 19 3"."""
        if not self._ranks:
            return frozenset()
        return frozenset(row[1] for row in STANDINGS_ROW.finditer(self._joined) if adds_up(row, 2))

    @cached_property
    def _standings_sides(self) -> frozenset[str]:
        """Return the names that open a row of a league's standings in the source."""
        if not self._ranks:
            return frozenset()
        return self._names_where(standings_row)

    @cached_property
    def _row_sides(self) -> frozenset[str]:
        """Return the names that open a side's score in the source's results or tables."""
        return frozenset(
            m.text for text, mentions in self._paragraphs for m in mentions if results_line(text, m)
        )

    def _results_side(self, text: str, mention: Mention) -> bool:
        """Tell whether a name is a side in a line of results: not a scorer the source names in full.

        "Holland 14" after "Matt Holland" is him; so is each name of "Gerrard 79 og,
        Drogba 107" once one of them is someone's surname: a line of scorers.
        """
        if fixtures_line(text):
            return True  # "Millwall v Burnley, Notts County v York": a list of fixtures names sides alone
        return results_line(text, mention) and not any(
            self._someone_s_surname(found[1]) for found in SIDE_AND_SCORE.finditer(text)
        )

    def club_of(self, town: str) -> str | None:
        """Return the one club the source names by a town and one word: "Leeds United" for "Leeds".

        Not where the town and the club are each a side of a table or a result: "Dundee 2
        Falkirk 0" beside "Dundee United 1 Hearts 1" are two clubs.
        """
        found = {
            body
            for body in self.bodies
            if body.startswith(town + " ")
            and " " not in (last := body[len(town) + 1 :])
            and (last.lower() in CLUB_WORDS or team(body.split()))
        }
        if len(found) != 1 or {town, *found} <= self._row_sides:
            return None
        return found.pop()

    def _club(self, word: str) -> str | None:
        """Return the one club named in full that a word ends: "Rangers" for "Glasgow Rangers"."""
        found = self._clubs.get(word, ())
        return next(iter(found)) if len(found) == 1 else None

    @cached_property
    def _clubs(self) -> dict[str, set[str]]:
        """Map the last word of each club the source names to the clubs it ends."""
        clubs: dict[str, set[str]] = {}
        for body in self.bodies:
            words = body.split()
            # "Real Sociedad", "Atletico Madrid": a head first, and the name after it alone;
            # "the Rice Owls" the source has someone play for.
            if team(words) or len(words) == 2 and words[0].lower() in OPENING_ORG_HEADS or self._side(body):
                clubs.setdefault(words[-1], set()).add(body)
        return clubs

    def _side(self, body: str) -> bool:
        """Tell whether the source has someone play for a body after "the": "games for the Rice Owls"."""
        words = body.split()
        if not (2 <= len(words) <= 3 and plural_of_a_word(words[-1])):
            return False
        joined = self._joined
        at = joined.find("the " + body)
        while at >= 0:
            if SIDE_FOR_THE.search(joined, max(0, at - 30), at + 4):
                return True
            at = joined.find("the " + body, at + 4)
        return False

    def _plays(self, word: str) -> bool:
        """Tell whether the source has a plural after "the" play a match: "beat the Eagles"."""
        if not word.endswith("s") or word.lower() in _place_ends():
            return False  # "beat the States": a place's last word
        joined = self._joined
        # From each "the" and the word, found as a literal (cheap), to the match around it.
        for the in ("the ", "The "):
            at = joined.find(the + word)
            while at >= 0:
                end = at + len(the) + len(word)
                if (
                    not joined[at - 1 : at].isalpha()
                    and not joined[end : end + 1].isalnum()
                    # "The" in capitals opens a work's name after a verb: "beat The Sopranos".
                    and (
                        SIDE_BEATS.match(joined, end)
                        or the == "the "
                        and (
                            SIDE_BEATEN.search(joined, max(0, at - 14), at)
                            # "plays for the Buckeyes", "drafted by the Bears"
                            or SIDE_FOR_THE.search(joined, max(0, at - 30), at + 4)
                        )
                    )
                ):
                    return True
                at = joined.find(the + word, end)
        return False
