"""Keep the people a source names and find each by any form: a surname, a title, initials, a letter off."""

from __future__ import annotations

import re

from .forms import (
    ARABIC_ARTICLE,
    QUALIFIED,
    REIGNING_BEFORE,
    Person,
    before_of,
    initialled,
    one_letter_off,
    padded,
    without_middle,
)
from .gazetteers import (
    HONORIFICS,
    PEERS,
    common_first_names,
    english_words,
    first_names,
    places,
    role_descriptions,
)
from .words import (
    GENERATIONS,
    PERSON,
    REIGNING,
    Mention,
)


class Register:
    """The people a source names, each found by any form it takes; mixed into Cast."""

    def _add(self, mention: Mention, index: int = 0) -> None:
        self._found.clear()
        name = mention.text
        if mention.honorific and mention.honorific.lower() in PEERS and " of " in name:
            name = f"{mention.honorific} {name}"
        elif mention.titles and mention.titles[-1] in REIGNING and name.lower() in first_names():
            # A royal or a pope goes by the title and a given name: "Prince Andrew", "Pope
            # Francis" name one person, where "Andrew" or "Francis" alone name anyone.
            name = f"{mention.titles[-1].title()} {name}"
        for person in self.people:
            if person.name == name:
                return
            if padded(person.name, name):  # "Hillary Clinton Put" was a headline's words
                person.name = name
                return
            if name in before_of(person.name):
                return
            if person.name in name or without_middle(person.name, name):
                # A longer form of a name already known wins: "Antonín Leopold Dvořák".
                if not padded(name, person.name):
                    person.name = name
                return
            if without_middle(name, person.name) or initialled(name, person.name):
                return  # "H Luscombe" in a line-up after "Hal Luscombe"
            if initialled(person.name, name):
                person.name = name
                return
        gender = HONORIFICS.get((mention.honorific or "").lower()) or first_names().get(
            name.split()[0].lower()
        )
        self.people.append(Person(name, gender, introduced=index))

    def introduce_from_headline(self, mention: Mention) -> Person | None:
        """Return a headline's person the body calls by surname alone, joining the cast.

        "Wikinews interviews Marymegan Daly" over "Daly explained ...": the body never
        gives her full name, and the headline's words are no words of the dictionary.
        """
        words = mention.words
        last = words[-1] if words else ""
        # "Christopher Hill": a surname that is a word too, after a common first name, when
        # the body never writes the word in lower case (checked below).
        word_surname = len(words) == 2 and words[0].lower() in common_first_names()
        if (
            mention.kind not in (PERSON, "unknown")
            or not 2 <= len(words) <= 3
            or not all(w.istitle() for w in words)
            or any(w.lower() in english_words() for w in (words[:-1] if word_surname else words))
            or last.lower() in places()
            # The surname alone, not in the headline's phrase again: "the Da Vinci Code".
            or not re.search(rf"(?<!{re.escape(words[-2])} )\b{re.escape(last)}\b", self._joined)
            or self._in_lower_case(last)
        ):
            return None
        self._add(mention)
        return self.find(mention.text)

    def person(self, mention: Mention) -> Person | None:
        """Return the person a mention names, if the source names them fully somewhere."""
        if mention.kind not in (PERSON, "unknown") or self._another_royal(mention):
            return None
        return self.find(mention.text, mention.honorific)

    def _another_royal(self, mention: Mention) -> bool:
        """Tell whether a royal named by one name is not the commoner the source gives it first.

        "King Hussein" after "Hussein Khalaf": a king goes by his given name, which someone
        named in full shares; "Queen Beatrix" after "Beatrix" the queen is herself.
        """
        if not (len(mention.words) == 1 and mention.titles and mention.titles[-1].lower() in REIGNING):
            return False
        found = self._find(mention.text, mention.honorific)
        return (
            found is not None
            and found.name != mention.text
            and found.first == mention.text
            # Not a royal the source names in full too: "Prince Harry Windsor".
            and re.search(rf"{REIGNING_BEFORE}{re.escape(found.name)}\b", self._joined) is None
        )

    def find(self, name: str, honorific: str | None = None) -> Person | None:
        """Return the person a name refers to: full name, surname, first name or a near miss."""
        key = (name, honorific)
        if key not in self._found:
            found = self._find(name, honorific)
            if found and found.name.isupper():
                # A byline or a transcript in capitals ("By JANE SMITH") names whom the text
                # writes in mixed case: one person, as the text writes them.
                found = next(
                    (p for p in self.people if p.name.lower() == found.name.lower() and not p.name.isupper()),
                    found,
                )
            self._found[key] = found
        return self._found[key]

    def _find(self, name: str, honorific: str | None) -> Person | None:
        if name in GENERATIONS:
            return None  # "Jr" cut from "Martin Luther King Jr.": no one's surname
        words = name.split()
        for person in self.people:
            # "Theodorus" is "Theodorus of Tabennese", a given name and where he is from,
            # before "Abba Theodorus"; "Kinnock" is "Neil Kinnock" before a peer's "Kinnock of Bedwellty".
            if name == person.name or name == before_of(person.name) and name.lower() in first_names():
                return person
        for person in self.people:
            # "Tabennese" ends no one's name: it is where someone is from.
            if (
                (person.name.endswith(" " + name) and not person.name.endswith(" of " + name))
                or (len(words) > 1 and f" {name} " in f" {before_of(person.name)} ")
                or without_middle(name, person.name)
                or initialled(name, person.name)
            ):
                return person
        for person in self.people:
            if before_of(person.name).endswith(" " + name):
                return person
        if len(words) > 2:
            for person in self.people:
                if padded(name, person.name):
                    return person  # a headline's "Bernie Sanders Pins Hopes": the source's Bernie Sanders
        if len(words) == 1:
            word = words[0]
            for person in self.people:
                if word == person.last:
                    return person
            # "Assad" for "Bashar al-Assad", "Sisi" for "Abdel Fattah el-Sisi": a surname
            # written without its Arabic article.
            for person in self.people:
                if ARABIC_ARTICLE.sub("", person.last) == word:
                    return person
            # "Kilroy" for "Robert Kilroy-Silk": a double surname's first half.
            double = f" {word}-"
            for person in self.people:
                if (
                    double in person.name
                    and person.last.startswith(double[1:])
                    and word.lower() not in places()
                ):
                    return person
            # A first name alone names one person: "Sir Mark", or "Glenn" for the only Glenn.
            # Not someone named in full only after the word named another alone, again and
            # again: "Chao" all through a life of Chao, then "his daughter Rulan Chao Pian".
            firsts = [
                person
                for person in reversed(self.people)
                if word == person.first and not self._named_another(word, person)
            ]
            if firsts and (honorific or len(firsts) == 1):
                return firsts[0]
            if honorific and len(word) >= 4:
                for person in reversed(self.people):
                    if one_letter_off(word, person.last):
                        return person
            if word.isupper():
                return self._by_initials(word)
        return None

    def _by_initials(self, acronym: str) -> Person | None:
        """Return the one person whose full name's initials an acronym spells: "Andrés Manuel López Obrador".

        Three letters at least, each word's and each hyphened part's: "John F. Kennedy" for
        "JFK", "Alexandria Ocasio-Cortez" for "AOC", "Mohammed bin Salman" for "MBS".
        """
        if len(acronym) < 3 or not acronym.isalpha():
            return None
        found = [
            person
            for person in self.people
            if len(person.name.split()) >= 2
            and "".join(part[0] for part in re.split(r"[\s-]+", person.name) if part).upper() == acronym
        ]
        return found[0] if len(found) == 1 else None

    def _named_another(self, word: str, person: Person) -> bool:
        """Tell whether a word named someone alone in three paragraphs before a person was named in full.

        Not when the headline named them first: "Frank Messina: An Interview", then "Frank".
        """
        before = [index for index in self._alone_in.get(word, ()) if index < person.introduced]
        return len(before) >= 3 and person.name not in self._headlines

    def by_title(self, title: str, exact: bool = False) -> Person | None:
        """Return the person given a title ("the Commissioner", "the shadow chancellor").

        An exact title wins; a bare head word ("the chancellor") passes over qualified
        holders ("shadow chancellor", "former chancellor"). None unless exactly one fits;
        with `exact`, only the title itself counts ("the rapper's spokesman").
        """
        title = title.lower()
        holders = [p for p in self.people if title in p.titles]
        if len(holders) == 1 or exact:
            return holders[0] if len(holders) == 1 else None
        # "London's top cop": a description stands for a title ("commissioner").
        for words in (title, " ".join(title.split()[-2:]), title.split()[-1]):
            if words in role_descriptions():
                holders = {id(p): p for t in role_descriptions()[words] if (p := self.by_title(t))}
                return next(iter(holders.values())) if len(holders) == 1 else None
        head = title.split()[-1]
        plain = [
            p for p in self.people if any(t.split()[-1] == head and not QUALIFIED.search(t) for t in p.titles)
        ]
        return plain[0] if len(plain) == 1 else None

    def _named_in_full(self, word: str) -> str | None:
        """Return the body a word stands for that the source names in full beside it, if any.

        "Tusla, the Child and Family Agency," sets a word off as the body; "the Internet
        Corporation for Assigned Names and Numbers (Icann)" defines a short form in mixed
        case. Not a team sheet's club after a player: "A Troncon (Treviso)", one word the
        other's letters do not open.
        """
        if word in self._set_off:
            return self.organisation(self._set_off[word])
        full = self.acronyms.get(word)
        if full is not None and (" " in full or full.lower().startswith(word.lower())):
            return self.organisation(word)
        return None

    def _someone_s_surname(self, word: str, besides: str = "") -> bool:
        """Tell whether a word ends the name of someone the source names, other than `besides`."""
        return any(person.name.split()[-1] == word and person.name != besides for person in self.people)

    def _inside_someone_s_name(self, word: str) -> Person | None:
        """Return the one person of three words or of a family name first whose name holds a word.

        "Rodriguez" of "Mario Rodriguez Montero" (two surnames), "Yao" of "Yao Liu"; not the
        first of a given name and a surname ("Paul" of "Paul Smith").
        """
        found = [
            person
            for person in self.people
            if word in (parts := person.name.split())[1:-1]
            or parts[0] == word
            and len(parts) > 1
            and word.lower() not in first_names()
        ]
        return found[0] if len(found) == 1 else None
