"""Fixtures of the Spark path tests: the skillmarket binary and one local Spark session."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


@pytest.fixture(scope="session")
def skillmarket() -> str:
    """The binary under test: $SKILLMARKET_BIN (set by .ci/run), else `skillmarket` on PATH."""
    binary = os.environ.get("SKILLMARKET_BIN") or shutil.which("skillmarket")
    if not binary or not os.access(binary, os.X_OK):
        pytest.fail("set SKILLMARKET_BIN to a built skillmarket binary")
    return os.path.abspath(binary)


@pytest.fixture(scope="session")
def spark():
    """Spark in local mode with two worker threads, few shuffle partitions (the corpus is small)."""
    from pyspark.sql import SparkSession

    session = (SparkSession.builder.master("local[2]").appName("skillmarket-spark-tests")
               .config("spark.sql.shuffle.partitions", "4")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
