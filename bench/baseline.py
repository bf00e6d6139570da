#!/usr/bin/env python3
"""The Python peer of `skillmarket report`'s skill counting, written as a careful data scientist
would: json.loads per line and ONE combined compiled regex over the bundled taxonomy's aliases
(compiled from a trie of the aliases, the usual trick that keeps a large alternation fast).

Counts, per skill, how many postings mention it (title + description) and prints the prevalence
table, most common first. Simplifications against SkillMarket: context rules (@lang, @tech, @cv)
and ~block rows are not applied and ~context rows are left out; HTML is not converted to text.
"=alias" matches case-sensitively, every other alias ignoring case, at word boundaries; a space
or hyphen in an alias matches a run of whitespace or hyphens.

Usage: bench/baseline.py SKILLS_TSV CORPUS.jsonl
"""
import collections
import json
import re
import sys

SEPARATOR = " "  # a space or hyphen in an alias


def key(text):
    return re.sub(r"[\s-]+", SEPARATOR, text)


def read_rows(path):
    """Tab-split, non-comment, non-blank rows of a TSV file."""
    with open(path, encoding="utf-8") as handle:
        return [line.rstrip("\n").split("\t") for line in handle if line.strip() and not line.startswith("#")]


def load_aliases(path):
    """{alias key: skill} for case-insensitive aliases (lower-cased) and for case-sensitive ones."""
    insensitive, sensitive = {}, {}
    for skill, _family, *rest in read_rows(path)[1:]:
        if skill.startswith("~"):
            continue
        aliases = [a.strip() for a in (rest[0] if rest else "").split(";") if a.strip()] or [skill]
        for alias in aliases:
            alias = alias.split(" @")[0].strip()
            if alias.startswith("="):
                sensitive.setdefault(key(alias[1:]), skill)
            else:
                insensitive.setdefault(key(alias.lower()), skill)
    return insensitive, sensitive


def trie_pattern(words):
    """A regex matching any of `words`, longest first, built from their trie."""
    trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node):
        ends = "" in node
        branches = [
            (r"[\s-]+" if char == SEPARATOR else re.escape(char)) + pattern(child)
            for char, child in sorted(node.items()) if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return pattern(trie)


class SkillMatcher:
    """The taxonomy's aliases as ONE combined regex (case-sensitive ones in a (?-i:) group), at word
    boundaries."""

    def __init__(self, path):
        self.insensitive, self.sensitive = load_aliases(path)
        alternatives = trie_pattern(self.insensitive)
        if self.sensitive:
            alternatives = f"(?-i:{trie_pattern(self.sensitive)})|{alternatives}"
        self.regex = re.compile(rf"(?<![A-Za-z0-9_])(?:{alternatives})(?![A-Za-z0-9_])", re.IGNORECASE)

    def skills(self, text):
        """The canonical skills mentioned in `text`."""
        mentions = (key(match.group()) for match in self.regex.finditer(text))
        return {skill for skill in (self.sensitive.get(m) or self.insensitive.get(m.lower()) for m in mentions) if skill}


def main():
    taxonomy, corpus = sys.argv[1], sys.argv[2]
    matcher = SkillMatcher(taxonomy)
    prevalence = collections.Counter()
    postings = 0
    with open(corpus, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            postings += 1
            prevalence.update(matcher.skills((record.get("title") or "") + "\n" + (record.get("description") or "")))
    print(f"{postings} postings")
    for skill, count in sorted(prevalence.items(), key=lambda item: (-item[1], item[0])):
        print(f"{skill}\t{count}\t{100 * count / max(postings, 1):.1f}%")


if __name__ == "__main__":
    main()
