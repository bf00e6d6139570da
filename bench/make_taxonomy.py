#!/usr/bin/env python3
"""Writes a large skills taxonomy TSV for the benchmark: the bundled skills plus generated ones.

The generated skills look like ESCO-style or in-house taxonomies: multi-word phrases built from
a technical vocabulary ("cloud security monitoring", "data pipeline orchestration"), so many
aliases share common first words ("data", "cloud", "software"), the case that makes a matcher
work hardest. Deterministic: the same arguments give the same file.

Usage: bench/make_taxonomy.py BUNDLED_SKILLS_TSV ALIAS_COUNT > taxonomy.tsv
"""
import itertools
import random
import sys

AREAS = """data cloud software network security web mobile database platform infrastructure
customer product project supply chain financial marketing sales quality risk compliance
content search payment identity storage message event stream batch api service user
systems test release site reliability operations business research clinical""".split()
OBJECTS = """pipeline warehouse modelling governance architecture integration migration analytics
monitoring automation orchestration engineering design management testing deployment
optimisation reporting visualisation administration configuration provisioning auditing
forecasting scheduling support planning""".split()
QUALIFIERS = """advanced applied distributed real-time enterprise scalable secure automated
hybrid serverless embedded regulatory predictive statistical""".split()
FAMILIES = ["Data Engineering", "Cloud and DevOps", "Software Engineering", "Security",
            "Business and Product", "Analytics and BI", "Operations"]


def bundled_rows(path):
    with open(path, encoding="utf-8") as handle:
        return [line.rstrip("\n") for line in handle if line.strip() and not line.startswith("#")]


def main():
    bundled_path, wanted = sys.argv[1], int(sys.argv[2])
    rows = bundled_rows(bundled_path)
    header, skills = rows[0], rows[1:]
    count = sum(len([a for a in row.split("\t")[2].split(";") if a.strip()]) or 1
                for row in skills if len(row.split("\t")) > 2)
    phrases = [f"{a} {o}" for a, o in itertools.product(AREAS, OBJECTS)]
    phrases += [f"{q} {a} {o}" for q, a, o in itertools.product(QUALIFIERS, AREAS, OBJECTS)]
    random.Random(7).shuffle(phrases)
    out = [header] + skills
    number = 0
    used = set()  # aliases already taken, spaces and hyphens folded (the matcher treats them alike)
    # Each generated skill: a canonical phrase plus variants (plural, and for three words the first and last).
    while count < wanted and phrases:
        phrase = phrases.pop()
        number += 1
        aliases = [phrase]
        words = phrase.split()
        aliases.append(" ".join(words[:-1]) + " " + words[-1] + "s")
        if len(words) == 3:
            aliases.append(words[0] + " " + words[2])
        aliases = [a for a in dict.fromkeys(aliases) if a.replace("-", " ") not in used][: wanted - count]
        used.update(a.replace("-", " ") for a in aliases)
        if not aliases:
            continue
        name = phrase.title() + f" ({number})"
        out.append(f"{name}\t{FAMILIES[number % len(FAMILIES)]}\t" + "; ".join(aliases))
        count += len(aliases)
    sys.stdout.write("\n".join(out) + "\n")
    print(f"{count} aliases, {len(out) - 1} skills", file=sys.stderr)


if __name__ == "__main__":
    main()
