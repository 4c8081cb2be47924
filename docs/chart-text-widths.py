#!/usr/bin/env python3
"""Measures how wide rsvg-convert draws text, for TextExtent's per-character widths (docs/chart-text-widths.md).

Usage: python3 docs/chart-text-widths.py "some text" …   (needs rsvg-convert; no other package)
Prints, per font and weight, the ink width in px of each text at 100 px.
"""
import html, os, struct, subprocess, sys, tempfile, zlib


def ink_width(png):
    """The x just past the right-most pixel with any ink in an 8-bit RGBA PNG."""
    data = open(png, "rb").read()
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        n = struct.unpack(">I", data[pos:pos + 4])[0]
        kind, chunk = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", chunk[:8])
        if kind == b"IDAT":
            idat += chunk
        pos += 12 + n
    raw, stride, prev, i, right = zlib.decompress(idat), width * 4, bytearray(width * 4), 0, 0
    for _ in range(height):
        f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - 4] if x >= 4 else 0
            b, c = prev[x], (prev[x - 4] if x >= 4 else 0)
            if f == 1: line[x] = (line[x] + a) & 255
            elif f == 2: line[x] = (line[x] + b) & 255
            elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        for x in range(width):
            if line[x * 4 + 3]:
                right = max(right, x + 1)
        prev = line
    return right


def main(texts):
    scratch = tempfile.mkdtemp()
    svg, png = os.path.join(scratch, "t.svg"), os.path.join(scratch, "t.png")
    for family in ["DejaVu Sans", "Liberation Sans"]:
        for weight in ["400", "600"]:
            for text in texts:
                with open(svg, "w") as f:
                    f.write(f'<svg xmlns="http://www.w3.org/2000/svg" width="{len(text) * 130 + 100}" height="200">'
                            f'<text x="0" y="150" font-size="100" font-weight="{weight}" font-family="{family}">'
                            f'{html.escape(text)}</text></svg>')
                subprocess.run(["rsvg-convert", "-o", png, svg], check=True)
                print(f"{family}\t{weight}\t{ink_width(png)}\t{text}")


if __name__ == "__main__":
    main(sys.argv[1:])
