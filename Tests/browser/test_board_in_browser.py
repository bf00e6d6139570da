"""The job board in headless chromium against a real `skillmarket serve` over a real SQLite store.

Ingests the demo corpus, starts the server on a free loopback port, then searches, applies two
filters, opens a posting and the report for the same filters, and checks that what the page shows
equals what the JSON API answers for the same filters.
"""

import json
import socket
import subprocess
import time
import urllib.parse
import urllib.request

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import skillmarket_binary


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def board(tmp_path_factory):
    """Base URL of a running board over 1,500 ingested demo postings."""
    binary = str(skillmarket_binary())
    database = tmp_path_factory.mktemp("board") / "board.sqlite"
    ingest = subprocess.run([binary, "ingest", "--demo", "--demo-count", "1500", "--db", str(database)],
                            capture_output=True, text=True, timeout=300)
    assert ingest.returncode == 0, ingest.stderr
    port = free_port()
    server = subprocess.Popen([binary, "serve", "--db", str(database), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("serve did not become healthy")
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


def api(base: str, path: str, params: list) -> dict:
    with urllib.request.urlopen(base + path + "?" + urllib.parse.urlencode(params), timeout=30) as response:
        return json.loads(response.read())


def severe_console_entries(driver) -> list:
    return [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]


def test_search_filter_open_posting_and_report(board, driver, screenshot_dir):
    driver.set_window_size(1280, 1600)
    driver.get(board + "/")
    assert "postings match" in driver.find_element(By.CSS_SELECTOR, "p.total").text

    # Search, then two filters: a country and a skill.
    search = driver.find_element(By.NAME, "q")
    search.clear()
    search.send_keys("engineer")
    Select(driver.find_element(By.NAME, "country")).select_by_value("US")
    driver.find_element(By.CSS_SELECTOR, "input[name=skill][value='Python']").click()
    driver.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
    driver.save_screenshot(str(screenshot_dir / "board-filtered.png"))

    query = urllib.parse.parse_qs(urllib.parse.urlparse(driver.current_url).query)
    assert query.get("q") == ["engineer"] and query.get("country") == ["US"] and query.get("skill") == ["Python"]

    shown_total = int(driver.find_element(By.CSS_SELECTOR, "p.total strong").text.replace(",", ""))
    shown_titles = [link.text for link in driver.find_elements(By.CSS_SELECTOR, "li.posting h3 a")]
    answer = api(board, "/api/postings", [("q", "engineer"), ("country", "US"), ("skill", "Python")])
    assert shown_total == answer["total"] > 0
    assert shown_titles == [posting["title"] for posting in answer["postings"]]
    assert all(posting["country"] == "US" and "Python" in posting["skills"] for posting in answer["postings"])

    # Open the first posting.
    first = driver.find_element(By.CSS_SELECTOR, "li.posting h3 a")
    title = first.text
    first.click()
    assert driver.find_element(By.TAG_NAME, "h1").text == title
    assert driver.find_elements(By.TAG_NAME, "mark"), "skill mentions are highlighted"
    driver.save_screenshot(str(screenshot_dir / "board-posting.png"))

    # The report for the same filters.
    driver.get(board + "/report?" + urllib.parse.urlencode([("q", "engineer"), ("country", "US"), ("skill", "Python")]))
    bars = driver.find_elements(By.CSS_SELECTOR, "svg#chart-skills rect.bar")
    assert len(bars) >= 5 and all(bar.size["width"] > 0 for bar in bars)
    report = api(board, "/api/report", [("q", "engineer"), ("country", "US"), ("skill", "Python")])
    assert report["postings"]["analyzed"] == answer["total"]
    python = next(row for row in report["skills"] if row["skill"] == "Python")
    assert python["share"] == 1
    driver.save_screenshot(str(screenshot_dir / "board-report.png"))

    assert not driver.find_elements(By.TAG_NAME, "script")
    assert severe_console_entries(driver) == []
