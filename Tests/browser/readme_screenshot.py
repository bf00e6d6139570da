"""Makes docs/report-screenshot.png from the browser tests' desktop screenshot.

Usage: SKILLMARKET_SCREENSHOTS=/tmp/shots Tests/browser/run
       python3 Tests/browser/readme_screenshot.py /tmp/shots/desktop-top.png docs/report-screenshot.png
Crops to the top 1280×1600 and quantises to a small palette so the PNG stays small.
"""

import sys

from PIL import Image

WIDTH, HEIGHT, COLOURS = 1280, 1600, 64


def main(source: str, destination: str) -> None:
    image = Image.open(source).convert("RGB")
    image = image.crop((0, 0, min(WIDTH, image.width), min(HEIGHT, image.height)))
    image.quantize(colors=COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        destination, optimize=True)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
