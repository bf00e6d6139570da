#!/usr/bin/env python3
"""The SkillMarket report on Spark, with the `skillmarket` binary doing all extraction and dedup.

Stages (see distributed/README.md):
  1. map    -- every input slice is piped through `skillmarket distributed map`, which extracts
               each JSON-lines record and applies the report's filters; each output line is
               numbered by (slice, line) so the input order survives the shuffle;
  2. dedup  -- lines are repartitioned by duplicate block key, sorted by input position within
               each partition and piped through `skillmarket distributed dedup` (the detector
               never compares postings of different blocks, so this equals one sequential run);
  3. count  -- Spark DataFrames count fates, skills, families, pairs, seniority, countries, work
               modes, companies and salary histograms into a `skillmarket.aggregates/1` document;
  4. render -- `skillmarket report --from-aggregates` turns it into the report (JSON, Markdown,
               HTML) through the same ReportBuilder as a single-machine run.

Run locally:  python3 distributed/skillmarket_spark.py --master 'local[*]' --skillmarket BIN \\
                  --out report.html jobs.jsonl
On a cluster: spark-submit distributed/skillmarket_spark.py --skillmarket /opt/skillmarket/skillmarket ...
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

AGGREGATES_SCHEMA = "skillmarket.aggregates/1"

# The ROW part of a `distributed map` line (DistributedRow.swift documents it).
ROW_SCHEMA = T.StructType([
    T.StructField("fate", T.StringType()),
    T.StructField("skills", T.ArrayType(T.StringType())),
    T.StructField("families", T.ArrayType(T.StringType())),
    T.StructField("seniority", T.StringType()),
    T.StructField("country", T.StringType()),
    T.StructField("work_modes", T.ArrayType(T.StringType())),
    T.StructField("company", T.StringType()),
    T.StructField("salary", T.LongType()),
])

# RDD.pipe starts the binary with exactly this environment.
PIPE_ENVIRONMENT = {"PATH": os.defpath, "LANG": "C.UTF-8"}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", help="JSON-lines inputs (one record per line, .gz allowed), any Hadoop path")
    parser.add_argument("--skillmarket", default="skillmarket",
                        help="absolute path of the skillmarket binary on every executor (and the driver)")
    parser.add_argument("--out", help="report file or, with --format all, directory (default: stdout)")
    parser.add_argument("--format", choices=["json", "md", "html", "all"], help="as `skillmarket report --format`")
    parser.add_argument("--aggregates", help="also keep the aggregates document here (driver-local path)")
    parser.add_argument("--master", help="Spark master, e.g. local[2] (spark-submit sets it otherwise)")
    parser.add_argument("--partitions", type=int, help="partitions of the dedup and count stages "
                        "(default: twice the default parallelism)")
    parser.add_argument("--role")
    parser.add_argument("--as-of")
    parser.add_argument("--country")
    parser.add_argument("--salary-country", default="US")
    parser.add_argument("--min-n", type=int, default=25)
    parser.add_argument("--duplicate-window", type=int, default=90)
    return parser.parse_args(argv)


def filter_arguments(args: argparse.Namespace) -> list[str]:
    """The report filters as `skillmarket` options, for the map stage."""
    result = ["--salary-country", args.salary_country]
    for flag, value in (("--role", args.role), ("--as-of", args.as_of), ("--country", args.country)):
        if value is not None:
            result += [flag, value]
    return result


def extracted_rows(spark: SparkSession, args: argparse.Namespace) -> DataFrame:
    """Stages 1 and 2: one row per input record with its final fate and, if analysed, its facts."""
    context = spark.sparkContext
    binary = shlex.quote(args.skillmarket)
    map_command = " ".join([binary, "distributed", "map", *map(shlex.quote, filter_arguments(args)), "-"])
    dedup_command = f"{binary} distributed dedup --duplicate-window {int(args.duplicate_window)}"
    partitions = args.partitions or 2 * context.defaultParallelism

    # Union keeps the files' order and each file's slices in order: (slice, line) is input order.
    lines = context.union([context.textFile(path) for path in args.inputs])
    mapped = (lines.pipe(map_command, env=PIPE_ENVIRONMENT, checkCode=True)
              .mapPartitionsWithIndex(lambda slice_index, rows: (
                  (slice_index, line_number, *row.split("\t", 2)) for line_number, row in enumerate(rows))))
    keyed = spark.createDataFrame(mapped, "slice int, line long, block string, fingerprint string, row string")
    deduplicated = (keyed.repartition(partitions, "block")
                    .sortWithinPartitions("block", "slice", "line")
                    .rdd.map(lambda r: r.fingerprint + "\t" + r.row)
                    .pipe(dedup_command, env=PIPE_ENVIRONMENT, checkCode=True))
    rows = spark.createDataFrame(deduplicated.map(lambda row: (row,)), "row string")
    return rows.select(F.from_json("row", ROW_SCHEMA).alias("r")).select("r.*")


def counts(frame: DataFrame, column) -> dict[str, int]:
    return {row[0]: row[1] for row in frame.select(column.alias("key")).where(F.col("key").isNotNull())
            .groupBy("key").count().collect()}


def histogram(frame: DataFrame) -> list[list[int]]:
    return sorted([row[0], row[1]] for row in frame.groupBy("salary").count().collect())


def aggregates(rows: DataFrame, args: argparse.Namespace) -> dict:
    """Stage 3: the `skillmarket.aggregates/1` document (ReportAggregates+JSON.swift documents it)."""
    rows = rows.cache()
    fates = counts(rows, F.col("fate"))
    analyzed = rows.where(F.col("fate") == "analyzed").cache()
    salaried = analyzed.where(F.col("salary").isNotNull())
    skill_salaries: dict[str, list[list[int]]] = {}
    for row in (salaried.select(F.explode("skills").alias("skill"), "salary")
                .groupBy("skill", "salary").count().collect()):
        skill_salaries.setdefault(row["skill"], []).append([row["salary"], row["count"]])
    pairs = (analyzed.select(F.explode("skills").alias("a"), "skills")
             .select("a", F.explode("skills").alias("b")).where(F.col("a") < F.col("b"))
             .groupBy("a", "b").count().collect())
    document = {
        "schema": AGGREGATES_SCHEMA,
        "filters": {
            "role": args.role, "as_of": args.as_of, "country": args.country,
            "salary_country": args.salary_country,
            "salary_currency": None,  # null: the salary country's usual currency, as chosen in Swift
        },
        "postings": {
            "input": sum(fates.values()),
            "rejected": fates.get("rejected", 0),
            "duplicates": fates.get("duplicate", 0),
            "in_role": fates.get("inactive", 0) + fates.get("analyzed", 0),
            "analyzed": fates.get("analyzed", 0),
        },
        "skills": counts(analyzed, F.explode("skills")),
        "families": counts(analyzed, F.explode("families")),
        "pairs": sorted([row["a"], row["b"], row["count"]] for row in pairs),
        "seniority": counts(analyzed, F.col("seniority")),
        "countries": counts(analyzed, F.col("country")),
        "work_modes": counts(analyzed, F.explode("work_modes")),
        "work_mode_unknown": analyzed.where(F.size("work_modes") == 0).count(),
        "companies": counts(analyzed, F.col("company")),
        "baseline_salaries": histogram(salaried),
        "skill_salaries": {skill: sorted(values) for skill, values in sorted(skill_salaries.items())},
    }
    analyzed.unpersist()
    rows.unpersist()
    return document


def render(document: dict, args: argparse.Namespace) -> None:
    """Stage 4: `skillmarket report --from-aggregates` on the driver."""
    with tempfile.TemporaryDirectory() as scratch:
        path = args.aggregates or os.path.join(scratch, "aggregates.json")
        with open(path, "w", encoding="utf-8") as file:
            json.dump(document, file, sort_keys=True, ensure_ascii=False)
        command = [args.skillmarket, "report", "--from-aggregates", path, "--min-n", str(args.min_n)]
        if args.format:
            command += ["--format", args.format]
        if args.out:
            command += ["--out", args.out]
        subprocess.run(command, check=True)


def run(spark: SparkSession, args: argparse.Namespace) -> None:
    render(aggregates(extracted_rows(spark, args), args), args)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    builder = SparkSession.builder.appName("skillmarket-report")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        run(spark, args)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
