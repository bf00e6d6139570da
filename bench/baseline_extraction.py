#!/usr/bin/env python3
"""The Python peer of `skillmarket report`: the same extraction per posting, written as a careful data
scientist would (stdlib only, regexes compiled once, one combined alternation per task, no loop over
skills or roles per posting).

Per JSONL line: json.loads (bad JSON, a non-object or an empty title is rejected); HTML becomes text
(one tag regex + html.unescape); exact reposts are dropped; role, seniority, country, work modes,
salary, skills and families are extracted and counted. Prints the counts, skill shares with US USD
salary medians (n >= 25), families, roles, seniority, countries, work modes, top companies and the
highest-lift pairs among the 25 most frequent skills.

Simplifications against SkillMarket: no near-duplicates (MinHash is out of scope here), so edited
reposts count twice, and duplicates are dropped before extraction; skills use bench/baseline.py's
matching (no @lang/@tech/@cv context rules, no ~block rows, so C, R, CV, Spark over-match); roles use
roles.tsv's phrases, support terms and vetoes, vetoes read from the title only; seniority, work modes
and pay statements are a few keyword regexes; salaries must be 10,000..2,000,000 a year in any
currency (most INR figures drop out), open-ended and bonus/OTE figures stay out of medians, no
confidence intervals; company names only lose legal suffixes; no --as-of/--role filtering.

Usage: bench/baseline_extraction.py [--postings] SKILLS_TSV ROLES_TSV GAZETTEER_TSV CORPUS.jsonl
With --postings it prints, instead of the report, each posting's id, role, seniority, country and work
modes as a JSON line (reposts too): a test holds them to `skillmarket extract`'s.
"""
import collections
import hashlib
import html
import itertools
import json
import os
import re
import statistics
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from baseline import SkillMatcher, read_rows, trie_pattern  # noqa: E402

TAG = re.compile(r"<[^>]+>")
URL = re.compile(r"https?://\S+|www\.\S+")
WORDS = re.compile(r"[a-z0-9]+")
NON_ALNUM = re.compile(r"[^a-z0-9]+")
LOCATION_PARTS = re.compile(r"[,;()/|]|\s[-–]\s")
DIGITS = re.compile(r"\d+")
WORD_SPLIT = re.compile(r"[\s\-–]+")
COMPANY_SUFFIX = re.compile(r"[,\s]+(?:inc|llc|llp|ltd|limited|gmbh|plc|corp|corporation|co|ag|bv|sa|pvt)\.?$", re.I)

SENIORITY = re.compile(r"\b(?:(?P<entry>intern|internship|junior|jr|graduate|new grads?|entry)|"
                       r"(?P<staff>staff|principal|lead|distinguished|manager|director|head of)|"
                       r"(?P<senior>senior|sr|iii|iv))\b", re.I)
YEARS = re.compile(r"\b(\d{1,2})\s*(?:\+|-\s*\d{1,2})\s*years|\b(?:new grads?|entry[- ]level)\b", re.I)
WORKPLACE = re.compile(r"(?P<remote>remote)|(?P<hybrid>hybrid)|(?P<onsite>on-?site|in[- ]office|in[- ]person)", re.I)
DESC_MODES = re.compile(r"\b(?<!not )(?<!no )(?:(?P<remote>remote(?:ly)?)|(?P<hybrid>hybrid)|"
                        r"(?P<onsite>on-?site|in[- ]person|work from (?:our|the) office))\b", re.I)
CURRENCY = r"CA\$|[$£€₹]|USD|CAD|GBP|EUR|INR"  # salary parsing
NUMBER = r"\d{1,3}(?:[,.]\d{2,3})+|\d+(?:\.\d+)?"
MONEY = re.compile(rf"(?P<cur>{CURRENCY})?\s?(?P<lo>{NUMBER})\s*(?P<lok>[kK]\b)?(?:\s*(?:-|–|to)\s*"
                   rf"(?:{CURRENCY})?\s?(?P<hi>{NUMBER})\s*(?P<hik>[kK]\b)?)?(?P<plus>\+)?")
CODE = re.compile(r"\b(?:USD|CAD|GBP|EUR|INR)\b")
LAKH = re.compile(r"\b(?:LPA|lakhs?)\b", re.I)
PERIOD = re.compile(r"\b(hours?|hourly|hr|days?|daily|weeks?|weekly|months?|monthly|years?|yearly|yr|"
                    r"annum|annual(?:ly)?|lpa)\b", re.I)
NOT_BASE = re.compile(r"\b(?:OTE|bonus|commission|total compensation)\b", re.I)
UP_TO = re.compile(r"\bup to\b", re.I)
PAY = re.compile(r"\b(?:salary|pay range|base pay|compensation)[^$£€₹\n]{0,40}((?:CA)?[$£€₹][^\n]{0,60})", re.I)
SYMBOLS = {"$": "USD", "CA$": "CAD", "£": "GBP", "€": "EUR", "₹": "INR"}
ANNUAL = {"ho": 2080, "hr": 2080, "da": 260, "we": 52, "mo": 12}


def fold(text):
    """Lower-case, accent-free text for gazetteer lookups."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().strip(" .")


class Roles:
    """Role catalogue (roles.tsv) compiled into a few combined regexes over normalised text."""
    RANK = {"title": 0, "vague": 1, "field": 2}

    def __init__(self, path):
        rows = [(kind, slug, [v.strip() for v in values.split(",") if v.strip()])
                for kind, slug, values in ((row + ["", ""])[:3] for row in read_rows(path))]
        self.expand = dict(v.split("=", 1) for kind, _, values in rows if kind == "expand" for v in values)
        self.expander = re.compile(r"\b(?:" + "|".join(map(re.escape, self.expand)) + r")\b")
        self.ignore = re.compile(r"\b(?:" + "|".join(v for kind, _, vs in rows if kind == "ignore" for v in vs) + r")\b")
        self.phrases, self.vetoes = collections.defaultdict(list), collections.defaultdict(set)
        self.support, self.minsupport = collections.defaultdict(set), collections.defaultdict(lambda: 1)
        for kind, slug, values in rows:
            for term in (self.normalise(v) for v in values if kind in ("title", "vague", "field", "support", "veto")):
                if kind == "support":
                    self.support[slug].add(term)
                elif kind == "veto":
                    self.vetoes[term].add(slug)
                else:
                    self.phrases[term].append((self.RANK[kind], slug))
            if kind == "minsupport":
                self.minsupport[slug] = int(values[0])
        self.phrase_re = self.combined(self.phrases)
        self.veto_re = self.combined(self.vetoes)
        self.support_re = self.combined(set().union(*self.support.values()), overlapping=True)

    @staticmethod
    def combined(terms, overlapping=False):
        """Longest match of any term at token boundaries; `overlapping` also finds terms inside others."""
        pattern = rf"(?<![a-z0-9])(?:{trie_pattern(sorted(terms))})(?![a-z0-9])"
        return re.compile(f"(?=({pattern}))" if overlapping else pattern)

    def normalise(self, text, drop_ignored=True):
        """Lower-case tokens, & -> and, punctuation removed, expansions applied, qualifiers dropped."""
        text = NON_ALNUM.sub(" ", text.lower().replace("&", " and "))
        text = self.expander.sub(lambda m: self.expand[m.group()], text)
        if drop_ignored:
            text = self.ignore.sub(" ", text)
        return " ".join(text.split())

    def supported(self, slug, title, description):
        """Whether a vague phrase of `slug` is confirmed by the title or the description."""
        if self.support[slug].intersection(self.support_re.findall(title)):
            return True
        found = set(self.support_re.findall(self.normalise(description, drop_ignored=False)))
        return len(found & self.support[slug]) >= self.minsupport[slug]

    def classify(self, title, description):
        """Role slug for a posting, or None: title > confirmed vague > field, then first mentioned."""
        text = self.normalise(title)
        vetoed = set().union(*(self.vetoes[v] for v in self.veto_re.findall(text)))
        if "*" in vetoed:
            return None
        best = None
        for match in self.phrase_re.finditer(text):
            for rank, slug in self.phrases[match.group()]:
                if slug in vetoed or (best and best[0] <= rank):
                    continue
                if rank == 1 and not self.supported(slug, text, description):
                    continue
                best = (rank, slug)
        return best[1] if best else None


def load_gazetteer(path):
    """({folded name: country}, {upper-case two-letter name: country}); heaviest place wins."""
    places, weights = ({}, {}), {}
    for name, country, _kind, weight in (row[:4] for row in read_rows(path) if len(row) >= 4):
        two_letter = len(name) == 2 and name.isupper()
        table_key = (two_letter, name if two_letter else fold(name))
        if int(weight) > weights.get(table_key, -1):
            weights[table_key] = int(weight)
            places[two_letter][table_key[1]] = None if country == "-" else country
    return places


def country_of(record, gazetteer):
    """Structured country, else the location's parts (last first), then their words."""
    if record.get("country"):
        return str(record["country"]).upper()
    names, codes = gazetteer
    parts = [DIGITS.sub("", part).strip() for part in LOCATION_PARTS.split(str(record.get("location") or ""))][::-1]
    for candidates in (parts, [word for part in parts for word in WORD_SPLIT.split(part)[::-1]]):
        for part in candidates:
            country = codes.get(part) if len(part) == 2 and part.isupper() else names.get(fold(part))
            if country:
                return country
    return None


def seniority_of(title, description):
    """entry/staff/senior from the title, else from "N+ years" in the description; default mid."""
    found = {m.lastgroup for m in SENIORITY.finditer(title)}
    level = next((level for level in ("staff", "senior", "entry") if level in found), None)
    years = None if level else YEARS.search(description)
    n = int(years.group(1) or 0) if years else 2
    return level or ("senior" if n >= 5 else "entry" if n <= 1 else "mid")


def work_modes_of(record, description):
    """Set of onsite/hybrid/remote: the workplace field wins over location + description."""
    workplace = record.get("workplace")
    text = str(workplace) if workplace else str(record.get("location") or "") + "\n" + description
    return {m.lastgroup for m in (WORKPLACE if workplace else DESC_MODES).finditer(text)}


def amount(text):
    """A number whose last ',' or '.' is a decimal point unless 3 digits follow (thousands, lakhs)."""
    head, sep, tail = text.replace(",", ".").rpartition(".")
    return float(head.replace(".", "") + ("" if len(tail) == 3 else ".") + tail) if sep else float(text)


def parse_salary(text, start=0):
    """{currency, annual, base, open} from a salary text, or None (no figure, implausible)."""
    money = MONEY.search(text, start)
    if not money:
        return None
    lo, hi = amount(money["lo"]), amount(money["hi"]) if money["hi"] else None
    lo *= 1000 if money["lok"] or (money["hik"] and lo < 1000) else 1
    hi = hi * 1000 if money["hik"] else hi
    code, lakh = CODE.search(text), LAKH.search(text)
    currency = code.group() if code else "INR" if lakh else SYMBOLS.get(money["cur"], money["cur"])
    if lakh:
        lo, hi = lo * 100_000, hi * 100_000 if hi is not None else None
    period = PERIOD.search(text, money.end())
    multiplier = ANNUAL.get(period.group(1)[:2].lower(), 1) if period else 1
    return annualise(currency, lo, hi, multiplier, not NOT_BASE.search(text),
                     bool(money["plus"] or UP_TO.search(text, 0, money.start() + 1)))


def annualise(currency, lo, hi, multiplier, base=True, open_ended=False):
    """Annual midpoint within 10,000..2,000,000, else None."""
    annual = (lo + (hi if hi is not None else lo)) / 2 * multiplier
    if not 10_000 <= annual <= 2_000_000:
        return None
    return {"currency": currency, "annual": annual, "base": base, "open": open_ended}


def salary_of(record, description):
    """Structured salary fields, else the salary text, else a pay statement in the description."""
    if record.get("salary_min") or record.get("salary_max"):
        try:
            lo = float(record.get("salary_min") or record.get("salary_max"))
            hi = float(record.get("salary_max") or lo)
        except (TypeError, ValueError):
            return None
        period = str(record.get("salary_period") or "year")[:2].lower()
        return annualise(record.get("salary_currency") or "USD", lo, hi, ANNUAL.get(period, 1))
    if record.get("salary"):
        return parse_salary(str(record["salary"]))
    pay = PAY.search(description)
    return parse_salary(pay.group(0).split(". ")[0], pay.start(1) - pay.start()) if pay else None


def repost_key(record, company, title, description):
    """Exact-repost key: company, normalised title, location, digest of the URL-free words."""
    words = " ".join(WORDS.findall(URL.sub(" ", description.lower())))
    return (company.lower(), NON_ALNUM.sub(" ", title.lower()).strip(), str(record.get("location") or "").lower(),
            hashlib.blake2b(words.encode(), digest_size=16).digest())


def shares(counter, total, limit=None):
    return "\n".join(f"  {name}\t{n}\t{100 * n / max(total, 1):.1f}%" for name, n in
                     sorted(counter.items(), key=lambda item: (-item[1], str(item[0])))[:limit])


def postings(path, totals):
    """(record, title, plain-text description) per accepted line; counts input and rejected lines."""
    with open(path, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if not line.strip():
                continue
            totals["input"] += 1
            try:
                record = json.loads(line)
                title = record.get("title") if isinstance(record, dict) else None
            except (ValueError, RecursionError):
                title = None
            if not isinstance(title, str) or not title.strip():
                totals["rejected"] += 1
                continue
            description = str(record.get("description") or "")
            yield record, title, html.unescape(TAG.sub("\n", description)) if "<" in description else description


def per_posting(corpus, roles, gazetteer):
    """--postings: each accepted posting's id, role, seniority, country and work modes, a JSON line each."""
    for record, title, description in postings(corpus, collections.Counter()):
        print(json.dumps({"id": record.get("id"), "role": roles.classify(title, description),
                          "seniority": seniority_of(title, description), "country": country_of(record, gazetteer),
                          "work_modes": sorted(work_modes_of(record, description))}))


def main():
    arguments = sys.argv[1:]
    postings_only = arguments[:1] == ["--postings"]
    arguments = arguments[1:] if postings_only else arguments
    if len(arguments) != 4:
        sys.exit(__doc__)
    skills_path, roles_path, gazetteer_path, corpus = arguments
    roles, gazetteer = Roles(roles_path), load_gazetteer(gazetteer_path)
    if postings_only:
        return per_posting(corpus, roles, gazetteer)
    matcher = SkillMatcher(skills_path)
    families = {row[0]: row[1] for row in read_rows(skills_path)[1:]}  # skill -> family (column 2)
    totals = collections.Counter()
    counts = {name: collections.Counter() for name in
              ("skill", "family", "role", "seniority", "country", "mode", "company", "pair")}
    company_names, seen, pay, pay_by_skill = {}, set(), [], collections.defaultdict(list)
    for record, title, description in postings(corpus, totals):
        company = COMPANY_SUFFIX.sub("", str(record.get("company") or "").strip())
        repost = repost_key(record, company, title, description)
        if repost in seen:
            totals["duplicates"] += 1
            continue
        seen.add(repost)
        totals["distinct"] += 1
        found = matcher.skills(title + "\n" + description)
        country, salary = country_of(record, gazetteer), salary_of(record, description)
        counts["skill"].update(found)
        counts["family"].update({families[s] for s in found if s in families})
        counts["role"][roles.classify(title, description)] += 1
        counts["seniority"][seniority_of(title, description)] += 1
        counts["country"][country] += 1
        counts["mode"].update(work_modes_of(record, description) or {"unknown"})
        if company:
            name = company.title() if company.isupper() else company  # "IRONWOOD ANALYTICS" -> "Ironwood Analytics"
            counts["company"][company_names.setdefault(company.lower(), name)] += 1
        counts["pair"].update(itertools.combinations(sorted(found), 2))
        if salary and country == "US" and salary["currency"] == "USD" and salary["base"] and not salary["open"]:
            pay.append(salary["annual"])
            for skill in found:
                pay_by_skill[skill].append(salary["annual"])
    report(totals, counts, pay, pay_by_skill)


def report(totals, counts, pay, pay_by_skill):
    """Print the report to stdout."""
    n = totals["distinct"]
    print(f"{totals['input']} input, {totals['rejected']} rejected, {totals['duplicates']} duplicates, {n} distinct")
    print(f"US salary baseline (USD, base annual): median {statistics.median(pay) if pay else '-'}, n {len(pay)}")
    print("skills (postings, share, US median salary if n >= 25):")
    for skill, c in sorted(counts["skill"].items(), key=lambda item: (-item[1], item[0])):
        values = pay_by_skill[skill]
        median = f"{statistics.median(values):.0f}" if len(values) >= 25 else "-"
        print(f"  {skill}\t{c}\t{100 * c / max(n, 1):.1f}%\t{median}")
    for title, name, limit in (("families", "family", None), ("roles", "role", None), ("seniority", "seniority", None),
                               ("countries", "country", 15), ("work modes", "mode", None), ("companies", "company", 20)):
        print(f"{title}:\n{shares(counts[name], n, limit)}")
    top = [skill for skill, _ in counts["skill"].most_common(25)]
    lifts = [(counts["pair"][(a, b)] * n / (counts["skill"][a] * counts["skill"][b]), a, b)
             for a, b in itertools.combinations(sorted(top), 2) if counts["pair"][(a, b)]]
    print("pairs among the top-25 skills, highest lift:")
    for lift, a, b in sorted(lifts, reverse=True)[:10]:
        print(f"  {a} + {b}\t{counts['pair'][(a, b)]}\tlift {lift:.2f}")


if __name__ == "__main__":
    main()
