"""`skillmarket report` writes byte-identical files when run twice on the same input."""

import pytest

from conftest import render_report


@pytest.mark.parametrize("fmt", ["html", "json", "md"])
def test_report_is_byte_identical_across_runs(tmp_path, html_report, fmt):
    # The session's HTML report is the first HTML run, which saves one slow debug-build run.
    first = html_report.read_bytes() if fmt == "html" else render_report(tmp_path / f"first.{fmt}", fmt)
    second = render_report(tmp_path / f"second.{fmt}", fmt)
    assert len(first) > 1000
    assert first == second, f"{fmt} report differs between two runs"
