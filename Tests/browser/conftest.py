"""Shared fixtures for the browser tests of `skillmarket report --format html`.

The tests build nothing: they run the binary named by SKILLMARKET_BIN (default
`.build/debug/skillmarket` under the repository root) on the bundled demo corpus
and open the result in headless Debian chromium through chromedriver.
"""

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

REPO_ROOT = Path(__file__).resolve().parents[2]
DEMO_ARGS = ["report", "--demo", "--demo-count", "2000"]
CHROMIUM_CANDIDATES = ["chromium", "chromium-browser", "google-chrome"]


def skillmarket_binary() -> Path:
    """The binary under test: $SKILLMARKET_BIN, relative paths taken from the repository root."""
    path = Path(os.environ.get("SKILLMARKET_BIN", ".build/debug/skillmarket"))
    return path if path.is_absolute() else REPO_ROOT / path


def render_report(out: Path, fmt: str) -> bytes:
    """Runs `skillmarket report --demo --demo-count 2000 --format FMT --out OUT` and returns OUT's bytes."""
    binary = skillmarket_binary()
    assert binary.is_file(), f"skillmarket binary not found at {binary}; build it or set SKILLMARKET_BIN"
    completed = subprocess.run(
        [str(binary), *DEMO_ARGS, "--format", fmt, "--out", str(out)],
        capture_output=True, text=True, timeout=300,
    )
    assert completed.returncode == 0, f"report --format {fmt} failed:\n{completed.stderr}"
    return out.read_bytes()


@pytest.fixture(scope="session")
def html_report(tmp_path_factory) -> Path:
    """The demo HTML report, rendered once per session."""
    out = tmp_path_factory.mktemp("report") / "report.html"
    render_report(out, "html")
    return out


@pytest.fixture(scope="session")
def screenshot_dir(tmp_path_factory) -> Path:
    """Where screenshots go: $SKILLMARKET_SCREENSHOTS, else a temporary directory."""
    configured = os.environ.get("SKILLMARKET_SCREENSHOTS")
    directory = Path(configured) if configured else tmp_path_factory.mktemp("screenshots")
    directory.mkdir(parents=True, exist_ok=True)
    return directory


def chromium_binary() -> str:
    for name in CHROMIUM_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("no chromium binary on PATH (apt-get install chromium)")


def chromedriver_binary() -> str:
    found = shutil.which("chromedriver")
    if not found:
        pytest.fail("no chromedriver on PATH (apt-get install chromium-driver)")
    return found


@pytest.fixture(scope="session")
def driver():
    """One headless chromium for the session, with the browser console log captured."""
    options = webdriver.ChromeOptions()
    options.binary_location = chromium_binary()
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--hide-scrollbars", "--force-color-profile=srgb", "--window-size=1280,1600"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(executable_path=chromedriver_binary()), options=options)
    try:
        yield browser
    finally:
        browser.quit()
