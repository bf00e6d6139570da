"""The Spark path's report equals the single-machine report on the same input.

A generated corpus (with the generator's planted reposts, plus bad records and exact reposts
added here, split over two files so that duplicates cross files and map slices) goes through
`skillmarket_spark.run` in local[2] and through `skillmarket report`; the two JSON reports must
be identical: counts, shares, lifts and (exact, from whole salary histograms) medians.
"""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

import skillmarket_spark

AS_OF = "2026-06-30"  # the generator's calibration date (settings.tsv)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, skillmarket) -> list[Path]:
    folder = tmp_path_factory.mktemp("corpus")
    generated = folder / "generated.jsonl"
    subprocess.run([skillmarket, "generate", "--count", "5000", "--seed", "17", "--out", str(generated)],
                   check=True, capture_output=True)
    lines = generated.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5000
    # Bad records the single-machine run rejects too, and exact reposts far from their originals.
    lines[100:100] = ["not json", "{}", '{"title": ""}', "[1, 2"]
    lines += [lines[10], lines[2500], lines[4000]]
    first, second = folder / "a.jsonl", folder / "b.jsonl"
    first.write_text("\n".join(lines[:2600]) + "\n", encoding="utf-8")
    second.write_text("\n".join(lines[2600:]) + "\n", encoding="utf-8")
    return [first, second]


def single_machine_report(skillmarket: str, inputs: list[Path], filters: list[str]) -> dict:
    result = subprocess.run([skillmarket, "report", *map(str, inputs), "--format", "json", *filters],
                            check=True, capture_output=True, text=True)
    return json.loads(result.stdout)


def spark_report(spark, skillmarket: str, inputs: list[Path], filters: list[str], folder: Path) -> dict:
    out, aggregates = folder / "report.json", folder / "aggregates.json"
    args = skillmarket_spark.parse_args(
        [*map(str, inputs), "--skillmarket", skillmarket, "--format", "json", "--out", str(out),
         "--aggregates", str(aggregates), "--partitions", "3", *filters])
    skillmarket_spark.run(spark, args)
    assert json.loads(aggregates.read_text())["schema"] == "skillmarket.aggregates/1"
    return json.loads(out.read_text())


@pytest.mark.parametrize("filters", [
    [],
    ["--role", "machine-learning-engineer", "--as-of", AS_OF],
    ["--role", "data-scientist", "--country", "US", "--min-n", "5", "--duplicate-window", "30"],
    ["--salary-country", "GB", "--min-n", "3"],
], ids=["all-roles", "mle-as-of", "ds-us-window", "gb-salaries"])
def test_spark_report_equals_single_machine_report(spark, skillmarket, corpus, filters, tmp_path):
    expected = single_machine_report(skillmarket, corpus, filters)
    actual = spark_report(spark, skillmarket, corpus, filters, tmp_path)
    # The corpus exercises what must match: rejected records, reposts, salaries and pairs.
    assert expected["postings"]["rejected"] >= 4
    assert expected["postings"]["duplicates"] > 3
    assert expected["postings"]["analyzed"] > 20
    assert any(row["salary"] for row in expected["skills"])
    assert expected["pairs"]
    assert actual["postings"] == expected["postings"]
    assert actual == expected


def test_markdown_and_html_come_from_the_same_renderer(spark, skillmarket, corpus, tmp_path):
    filters = ["--role", "machine-learning-engineer", "--as-of", AS_OF]
    args = skillmarket_spark.parse_args(
        [*map(str, corpus), "--skillmarket", skillmarket, "--format", "all", "--out", str(tmp_path / "spark"),
         "--partitions", "2", *filters])
    skillmarket_spark.run(spark, args)
    subprocess.run([skillmarket, "report", *map(str, corpus), "--format", "all", "--out", str(tmp_path / "single"),
                    *filters], check=True, capture_output=True)
    for name in ["report.json", "report.md", "report.html", "csv/skills.csv"]:
        assert (tmp_path / "spark" / name).read_bytes() == (tmp_path / "single" / name).read_bytes(), name
