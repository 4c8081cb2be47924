#!/usr/bin/env python3
"""Opens bilat's CSV exports the way an analyst would, and checks what comes back.

For each CSV file given (or each *.csv in a folder given):
  1. Python's csv module reads it (UTF-8, BOM tolerated): one width for every row, CRLF line ends.
  2. LibreOffice (headless) imports it as UTF-8 CSV and saves it as flat ODS; every cell is then
     compared with the CSV text: numeric columns must be numbers with the same value, date columns
     dates, everything else text exactly as written, and no cell may hold a formula.
Exits 1 and names the file, row and column of the first problems found.
"""
import csv
import decimal
import re
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

NUMERIC = {"value", "scale", "years", "absolute_change", "percent_change", "cagr_percent",
           "value_high", "absolute_change_high", "percent_change_high", "cagr_percent_high",
           "importer_value_cif", "importer_value_fob", "exporter_value_fob", "asymmetry", "asymmetry_percent"}
DATES = {"period_start", "period_end", "compared_start", "compared_end", "date_start", "date_end",
         "published_start", "published_end", "source_published", "accessed"}
PLAIN_NUMBER = re.compile(r"^[0-9]+(\.[0-9]+)?$")
NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}


def q(prefix, name):
    return "{%s}%s" % (NS[prefix], name)


def read_csv(path, problems):
    raw = open(path, "rb").read()
    body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    if b"\n" in body.replace(b"\r\n", b""):
        problems.append("%s: a line ends in LF without CR" % path)
    rows = list(csv.reader(open(path, newline="", encoding="utf-8-sig")))
    widths = {len(r) for r in rows}
    if len(widths) != 1:
        problems.append("%s: rows have different widths %s" % (path, sorted(widths)))
    return rows


def libreoffice_cells(path, workdir):
    subprocess.run(["soffice", "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "fods",
                    "--outdir", workdir, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    fods = os.path.join(workdir, os.path.splitext(os.path.basename(path))[0] + ".fods")
    tree = ET.parse(fods)
    rows = []
    for row in tree.iter(q("table", "table-row")):
        cells = []
        for cell in row.findall(q("table", "table-cell")):
            repeat = int(cell.get(q("table", "number-columns-repeated"), "1"))
            text = "\n".join("".join(p.itertext()) for p in cell.findall(q("text", "p")))
            info = {
                "type": cell.get(q("office", "value-type"), "empty"),
                "value": cell.get(q("office", "value")),
                "date": cell.get(q("office", "date-value")),
                "formula": cell.get(q("table", "formula")),
                "text": text,
            }
            cells.extend([info] * min(repeat, 200))
        rows.append(cells)
    return rows


def check(path, problems):
    rows = read_csv(path, problems)
    with tempfile.TemporaryDirectory() as workdir:
        sheet = libreoffice_cells(path, workdir)
    header = rows[0]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            where = "%s:%d column %s" % (os.path.basename(path), r + 1, header[c])
            cell = sheet[r][c] if r < len(sheet) and c < len(sheet[r]) else {"type": "empty", "formula": None, "text": ""}
            if cell["formula"]:
                problems.append("%s: LibreOffice made a formula of %r" % (where, text))
            if text == "":
                if cell["type"] != "empty":
                    problems.append("%s: empty in CSV but %s in LibreOffice" % (where, cell["type"]))
            elif r > 0 and header[c] in NUMERIC:
                if cell["type"] != "float" or decimal.Decimal(cell["value"]) != decimal.Decimal(text):
                    problems.append("%s: %r came back as %s %r" % (where, text, cell["type"], cell["value"]))
            elif r > 0 and header[c] in DATES:
                if cell["type"] != "date" or cell["date"] != text:
                    problems.append("%s: %r came back as %s %r" % (where, text, cell["type"], cell["date"]))
            elif cell["type"] == "float" and PLAIN_NUMBER.match(text) and decimal.Decimal(cell["value"]) == decimal.Decimal(text):
                pass  # a text column holding plain digits (as_reported "12") reads as that same number
            elif cell["type"] != "string" or cell["text"] != text.replace("\r\n", "\n").replace("\r", "\n"):
                # (LibreOffice stores every line break inside a cell as LF.)
                problems.append("%s: %r came back as %s %r" % (where, text, cell["type"], cell["text"]))
    return len(rows)


def main(arguments):
    paths = []
    for a in arguments:
        paths += sorted(os.path.join(a, f) for f in os.listdir(a) if f.endswith(".csv")) if os.path.isdir(a) else [a]
    if not paths:
        print("usage: check_csv.py FILE_OR_FOLDER…", file=sys.stderr)
        return 2
    problems = []
    for path in paths:
        count = check(path, problems)
        print("checked %s: %d rows" % (path, count))
    for p in problems[:40]:
        print("problem: " + p, file=sys.stderr)
    if problems:
        print("%d problems" % len(problems), file=sys.stderr)
        return 1
    print("spreadsheets: %d files, no problems" % len(paths))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
