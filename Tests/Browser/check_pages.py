#!/usr/bin/env python3
"""Opens bilat's HTML pages in headless Chromium, as a reader would on a phone and on a desktop, and checks them.

    python3 Tests/Browser/check_pages.py [--widths 390,1280] [--screenshots DIR] PATH...

Each PATH is an HTML file or a folder searched for *.html. Every page is loaded at each width and checked:
  1. it never scrolls sideways: document.documentElement.scrollWidth <= the window's width;
  2. no table scrolls sideways inside its box, and no table row is more than 60 px taller than the text it shows
     on screen (a squeezed or off-screen column stretching it);
  3. no text renders under 11 CSS px: page text (its computed font size), text in inline SVG and text in
     charts shown as <img> (each SVG is loaded beside the page at the image's rendered width, and its text
     measured at font size x the scale the SVG is drawn at). Closed <details> are opened first.
Exits 1 and names the page, the width and each offending element. --screenshots DIR writes a full-page PNG of
each page at each width (NAME-WIDTH.png; --screenshot-height PX keeps the top PX), for the README.

Chromium from Debian's packages (apt-get install chromium); CHROMIUM=/path overrides which binary runs.
It is driven over --remote-debugging-pipe (the DevTools protocol), with the standard library only.
"""
import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

MIN_PX = 11.0
# Problems listed for one page at one width; the rest are counted.
PROBLEMS_SHOWN = 12

# Runs in the page; returns what it measured and each problem as text naming the element.
MEASURE = r"""
(async (minPx, deviceWidth) => {
  const problems = [];
  let texts = 0, smallest = Infinity;
  const describe = (el) => {
    const parts = [];
    for (let e = el; e && e.nodeType === 1 && parts.length < 4; e = e.parentElement) {
      let s = e.tagName.toLowerCase();
      if (e.id) s += '#' + e.id; else if (e.classList && e.classList.length) s += '.' + [...e.classList].join('.');
      parts.unshift(s);
      if (e.tagName.toLowerCase() === 'svg') break;
    }
    return parts.join(' > ');
  };
  const snippet = (t) => JSON.stringify(t.replace(/\s+/g, ' ').trim().slice(0, 60));
  const cells = (tr) => tr ? snippet([...tr.cells].map((c) => c.textContent).join(' | ')) : '';
  document.querySelectorAll('details').forEach((d) => { d.open = true; });

  // 1. Sideways scrolling, and the outermost elements that stick out past the viewport.
  // On a phone a page wider than the screen is zoomed out (innerWidth grows): compare with the screen's width,
  // and measure text as drawn at that zoom.
  const vw = deviceWidth;
  const sw = document.documentElement.scrollWidth;
  const zoom = window.visualViewport ? window.visualViewport.scale : 1;
  if (sw > vw) {
    const clips = (e) => { for (let a = e.parentElement; a; a = a.parentElement) {
      const o = getComputedStyle(a).overflowX; if (o !== 'visible') return a !== document.body && a !== document.documentElement; }
      return false; };
    const out = [...document.body.querySelectorAll('*')].filter((e) => {
      const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > vw + 0.5 || r.left < -0.5) && !clips(e); });
    const outermost = out.filter((e) => !out.includes(e.parentElement)).slice(0, 3);
    problems.push(`scrolls sideways: the page is ${sw}px wide in a ${vw}px window; ` +
      (outermost.map((e) => `${describe(e)} (${snippet(e.textContent || e.getAttribute('src') || '')}) spans ` +
        `${Math.round(e.getBoundingClientRect().left)}..${Math.round(e.getBoundingClientRect().right)}px`).join('; ')
        || 'no single element found'));
  }

  // 2. Tables: none scrolls inside its box (its last columns would be off-screen with nothing to say so), and no
  // row is much taller than the text that shows in it (a squeezed column elsewhere stretching it, blank).
  for (const box of document.querySelectorAll('div.table')) {
    if (box.scrollWidth > box.clientWidth + 1) problems.push(`${describe(box)}: the table is ${box.scrollWidth}px wide ` +
      `in a ${box.clientWidth}px box, so columns are off-screen (${cells(box.querySelector('tr'))})`);
  }
  for (const tr of document.querySelectorAll('tr')) {
    const row = tr.getBoundingClientRect();
    if (!row.height) continue;
    const frame = (tr.closest('div.table') || document.documentElement).getBoundingClientRect();
    const left = Math.max(0, frame.left), right = Math.min(vw, frame.right);
    let top = Infinity, bottom = -Infinity;
    for (const cell of tr.cells) {
      const range = document.createRange(); range.selectNodeContents(cell);
      for (const r of range.getClientRects()) {
        if (r.height > 0 && r.right > left && r.left < right) { top = Math.min(top, r.top); bottom = Math.max(bottom, r.bottom); }
      }
    }
    const shown = bottom > top ? bottom - top : 0;
    if (row.height - shown > 60) problems.push(`${describe(tr)}: a table row ${Math.round(row.height)}px tall shows ` +
      `${Math.round(shown)}px of text on screen (${cells(tr)})`);
  }

  // 3. Text size. SVG text: its font size in user units times the scale the SVG is drawn at.
  const svgText = (root, where) => {
    for (const t of root.querySelectorAll('text')) {
      if (!t.textContent.trim()) continue;
      const m = t.getScreenCTM();
      if (!m) continue;
      const px = zoom * parseFloat(getComputedStyle(t).fontSize) * Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
      texts++; smallest = Math.min(smallest, px);
      if (px < minPx - 0.05) problems.push(`${where}: text ${snippet(t.textContent)} renders at ${px.toFixed(1)}px`);
    }
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!n.textContent.trim() || !el || el.closest('svg, style, script, title')) continue;
    const range = document.createRange(); range.selectNodeContents(n);
    if (![...range.getClientRects()].some((r) => r.width > 0 && r.height > 0)) continue;
    const px = zoom * parseFloat(getComputedStyle(el).fontSize);
    texts++; smallest = Math.min(smallest, px);
    if (px < minPx - 0.05) problems.push(`${describe(el)}: text ${snippet(n.textContent)} renders at ${px.toFixed(1)}px`);
  }
  for (const svg of document.querySelectorAll('body svg')) {
    if (!svg.parentElement.closest('svg')) svgText(svg, describe(svg));
  }
  for (const img of document.querySelectorAll('img')) {
    const src = img.getAttribute('src') || '';
    if (!/\.svg([?#]|$)/i.test(src)) continue;
    const shown = img.getBoundingClientRect();
    if (!img.complete || img.naturalWidth === 0) { problems.push(`img ${src}: the chart did not load`); continue; }
    let text;
    try { text = await (await fetch(img.src)).text(); }
    catch (e) { const x = new XMLHttpRequest(); x.open('GET', img.src, false); x.send(); text = x.responseText; }
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    const box = (svg.getAttribute('viewBox') || '').trim().split(/[\s,]+/).map(Number);
    const vbWidth = box.length === 4 ? box[2] : parseFloat(svg.getAttribute('width'));
    const vbHeight = box.length === 4 ? box[3] : parseFloat(svg.getAttribute('height'));
    // Drawn like the <img>: the same width, the viewBox scaled to it.
    const holder = document.createElement('div');
    holder.style.cssText = 'position:absolute;left:0;top:0;visibility:hidden;';
    const copy = document.importNode(svg, true);
    copy.setAttribute('width', shown.width);
    copy.setAttribute('height', shown.width * vbHeight / vbWidth);
    holder.appendChild(copy); document.body.appendChild(holder);
    svgText(copy, `chart ${src} (drawn ${Math.round(shown.width)}px wide, viewBox ${vbWidth})`);
    holder.remove();
  }
  return { problems, texts, smallest: smallest === Infinity ? null : smallest, scrollWidth: sw, innerWidth: vw, zoom };
})
"""


class Chromium:
    """One headless Chromium, spoken to over the DevTools pipe (fd 3 in, fd 4 out; messages end in NUL)."""

    def __init__(self, binary):
        self.profile = tempfile.mkdtemp(prefix="bilat-chromium-")
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()

        def wire():
            # Copies first: a pipe end may already be fd 3 or 4, and dup2 onto itself would keep close-on-exec.
            inbound, outbound = os.dup(to_child_r), os.dup(from_child_w)
            os.dup2(inbound, 3)
            os.dup2(outbound, 4)

        args = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
                "--allow-file-access-from-files", "--hide-scrollbars", "--no-first-run", "--mute-audio",
                "--disable-extensions", "--disable-background-networking", "--user-data-dir=" + self.profile,
                "about:blank"]
        self.process = subprocess.Popen(args, preexec_fn=wire, close_fds=False,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        self.next_id = 0
        self.buffer = b""
        self.events = []
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.send("Page.enable", session=True)
        self.send("Runtime.enable", session=True)

    def read_message(self, deadline):
        while b"\0" not in self.buffer:
            if time.time() > deadline:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self.from_child, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe (exit code %s)" % self.process.poll())
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method, params=None, session=False, timeout=60):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        deadline = time.time() + timeout
        while True:
            reply = self.read_message(deadline)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError("%s failed: %s" % (method, reply["error"]))
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def wait_for(self, event, timeout=60):
        deadline = time.time() + timeout
        while True:
            for i, e in enumerate(self.events):
                if e.get("method") == event:
                    del self.events[: i + 1]
                    return e
            self.events.append(self.read_message(deadline))

    def open(self, url, width):
        # A phone (mobile viewport, touch) at 390 px; a desktop window otherwise.
        mobile = width < 600
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": 844 if mobile else 900, "deviceScaleFactor": 1, "mobile": mobile},
                  session=True)
        self.events.clear()
        self.send("Page.navigate", {"url": url}, session=True)
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "awaitPromise": True,
                                                "returnByValue": True}, session=True)
        if "exceptionDetails" in result:
            raise RuntimeError("the page script failed: %s" % json.dumps(result["exceptionDetails"])[:500])
        return result["result"].get("value")

    def screenshot(self, path, width, most=None):
        height = self.evaluate("Math.ceil(document.documentElement.scrollHeight)")
        height = min(height, most) if most else height
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600}, session=True)
        shot = self.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": False}, session=True)
        with open(path, "wb") as f:
            f.write(base64.b64decode(shot["data"]))

    def close(self):
        try:
            self.send("Browser.close", timeout=10)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def pages(paths):
    found = []
    for path in paths:
        if os.path.isdir(path):
            for folder, _, files in os.walk(path):
                found += [os.path.join(folder, f) for f in files if f.endswith(".html")]
        elif path.endswith(".html") and os.path.isfile(path):
            found.append(path)
        else:
            sys.exit("check_pages: %s is neither an HTML file nor a folder" % path)
    return sorted(found)


def chromium_binary():
    for name in [os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"]:
        if name and shutil.which(name):
            return shutil.which(name)
    sys.exit("check_pages: no Chromium found; install it with `apt-get install chromium` or set CHROMIUM")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--widths", default="390,1280")
    parser.add_argument("--screenshots", metavar="DIR")
    parser.add_argument("--screenshot-height", type=int, metavar="PX", help="the top PX of each page only")
    args = parser.parse_args()
    widths = [int(w) for w in args.widths.split(",")]
    files = pages(args.paths)
    if not files:
        sys.exit("check_pages: no HTML pages under %s" % " ".join(args.paths))
    if args.screenshots:
        os.makedirs(args.screenshots, exist_ok=True)
    browser = Chromium(chromium_binary())
    failures = []
    started = time.time()
    try:
        for page in files:
            for width in widths:
                browser.open("file://" + os.path.abspath(page), width)
                found = browser.evaluate(MEASURE + "(%s, %d)" % (MIN_PX, width))
                shown = found["problems"][:PROBLEMS_SHOWN]
                failures += ["%s at %dpx: %s" % (page, width, p) for p in shown]
                if len(found["problems"]) > len(shown):
                    failures.append("%s at %dpx: and %d more" % (page, width, len(found["problems"]) - len(shown)))
                smallest = found["smallest"]
                print("%s %s at %dpx: %d texts, smallest %spx, page %dpx wide%s" % (
                    "FAIL" if found["problems"] else "ok  ", page, width, found["texts"],
                    "-" if smallest is None else "%.1f" % smallest, found["scrollWidth"],
                    "" if found["zoom"] == 1 else ", zoomed to %.2f" % found["zoom"]))
                if args.screenshots:
                    name = os.path.splitext(os.path.basename(page))[0]
                    browser.screenshot(os.path.join(args.screenshots, "%s-%d.png" % (name, width)), width, args.screenshot_height)
    finally:
        browser.close()
    print("checked %d pages at %s px in %.1fs" % (len(files), ", ".join(map(str, widths)), time.time() - started))
    if failures:
        print("\nthese pages fail (sideways scrolling, hidden table columns, stretched rows, or text under %g CSS px):" % MIN_PX, file=sys.stderr)
        for f in failures:
            print("  " + f, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
