"""The demo HTML report opens cleanly in headless chromium and its SVG charts paint.

Each test runs at a desktop (1280 wide) and a phone (390 wide) viewport, set exactly with
the DevTools device-metrics override so the layout does not depend on window decorations.
"""

from io import BytesIO

import pytest
from PIL import Image
from selenium.webdriver.common.by import By

VIEWPORTS = {
    "desktop": {"width": 1280, "height": 1600, "deviceScaleFactor": 1, "mobile": False},
    "phone": {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True},
}
SKILL_BAR_MINIMUM = 10
TABLE_STAKES_BLUE = (0x00, 0x72, 0xB2)  # the skills chart's table-stakes tier fill

GEOMETRY_SCRIPT = """
const box = e => { const r = e.getBoundingClientRect(); return {x: r.x, y: r.y, width: r.width, height: r.height}; };
const all = selector => [...document.querySelectorAll(selector)];
return {
  scripts: all('script').length,
  innerWidth: window.innerWidth,
  scrollWidth: document.documentElement.scrollWidth,
  charts: all('svg.chart').map(svg => ({id: svg.id, box: box(svg)})),
  bars: all('svg#chart-skills rect.bar').map(bar => {
    const row = bar.closest('g.bar-row');
    const label = row ? row.querySelector('text.bar-label') : null;
    return {label: bar.getAttribute('data-label'), box: box(bar),
            text: label ? label.textContent.trim() : null, textBox: label ? box(label) : null};
  }),
  dots: all('svg#chart-salary circle.interval-median').map(dot => ({label: dot.getAttribute('data-label'), box: box(dot)})),
  cells: all('svg#chart-pairs rect.cell').map(cell => box(cell)),
};
"""


def has_area(box: dict) -> bool:
    return box["width"] > 0 and box["height"] > 0


def ink(png: bytes) -> tuple[int, float]:
    """(distinct colours, share of pixels that differ from the most common colour) of a PNG."""
    image = Image.open(BytesIO(png)).convert("RGB")
    colours = image.getcolors(maxcolors=image.width * image.height)
    background = max(count for count, _ in colours)
    return len(colours), 1 - background / (image.width * image.height)


def pixels_near(png: bytes, colour: tuple[int, int, int], tolerance: int = 16) -> int:
    image = Image.open(BytesIO(png)).convert("RGB")
    return sum(count for count, rgb in image.getcolors(maxcolors=image.width * image.height)
               if all(abs(a - b) <= tolerance for a, b in zip(rgb, colour)))


@pytest.fixture(scope="module", params=list(VIEWPORTS), ids=list(VIEWPORTS))
def page(request, driver, html_report):
    """The report loaded at one viewport: its name, console log and element geometry."""
    name = request.param
    driver.get_log("browser")  # drain whatever an earlier page left
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", VIEWPORTS[name])
    driver.get(html_report.as_uri())
    assert driver.execute_script("return document.readyState") == "complete"
    return {"name": name, "log": driver.get_log("browser"), "geometry": driver.execute_script(GEOMETRY_SCRIPT)}


def test_console_has_no_severe_entries(page):
    severe = [entry for entry in page["log"] if entry.get("level") == "SEVERE"]
    assert severe == [], f"console errors at {page['name']}: {severe}"


def test_page_has_no_script_elements(page):
    assert page["geometry"]["scripts"] == 0


def test_page_does_not_scroll_sideways(page):
    geometry = page["geometry"]
    assert geometry["scrollWidth"] <= geometry["innerWidth"], geometry


def test_every_chart_has_a_rendered_box(page):
    charts = page["geometry"]["charts"]
    assert {chart["id"] for chart in charts} >= {"chart-skills", "chart-salary", "chart-pairs"}
    empty = [chart["id"] for chart in charts if not has_area(chart["box"])]
    assert empty == [], f"charts with an empty bounding box at {page['name']}: {empty}"


def test_skills_chart_has_labelled_bars(page):
    chart = next(chart for chart in page["geometry"]["charts"] if chart["id"] == "chart-skills")
    bars = page["geometry"]["bars"]
    assert len(bars) >= SKILL_BAR_MINIMUM
    for bar in bars:
        assert has_area(bar["box"]), f"bar {bar['label']} has no rendered size"
        assert bar["text"], f"bar {bar['label']} has no text.bar-label"
        text = bar["text"]
        assert text == bar["label"] or (text.endswith("…") and bar["label"].startswith(text[:-1].rstrip())), bar
        assert has_area(bar["textBox"]), f"label of {bar['label']} has no rendered size"
        assert bar["textBox"]["x"] >= chart["box"]["x"] - 0.5, f"label of {bar['label']} is clipped on the left"


def test_salary_chart_has_interval_dots(page):
    dots = page["geometry"]["dots"]
    assert len(dots) >= 1
    assert all(has_area(dot["box"]) for dot in dots), dots


def test_heat_map_has_cells(page):
    cells = page["geometry"]["cells"]
    assert len(cells) >= 4
    assert all(has_area(cell) for cell in cells)


def test_screenshots_are_not_blank(page, driver, screenshot_dir):
    name = page["name"]
    driver.execute_script("window.scrollTo(0, 0)")
    top = driver.get_screenshot_as_png()
    (screenshot_dir / f"{name}-top.png").write_bytes(top)
    colours, share = ink(top)
    assert colours >= 16 and share >= 0.03, f"{name} page looks blank: {colours} colours, {share:.1%} ink"
    for svg in driver.find_elements(By.CSS_SELECTOR, "svg.chart"):
        chart_id = svg.get_attribute("id")
        png = svg.screenshot_as_png
        (screenshot_dir / f"{name}-{chart_id}.png").write_bytes(png)
        colours, share = ink(png)
        assert colours >= 4 and share >= 0.01, f"{chart_id} at {name} looks blank: {colours} colours, {share:.1%} ink"


def test_skills_chart_paints_its_bars(page, driver):
    png = driver.find_element(By.CSS_SELECTOR, "svg#chart-skills").screenshot_as_png
    painted = pixels_near(png, TABLE_STAKES_BLUE)
    assert painted >= 200, f"only {painted} table-stakes-blue pixels in the skills chart at {page['name']}"
