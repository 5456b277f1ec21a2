#!/usr/bin/python3
"""Opens the brief of every built-in scenario in headless Chromium and checks it.

For each scenario: `parley report ID --runs N -o OUT/ID.html`, then Chromium
(driven over the DevTools protocol on a pipe: no network port, no packages
beyond Debian's chromium and python3) loads the file and this script fails on
  - any console error, uncaught exception or log entry of level error (a
    content-security-policy violation is one),
  - any request other than the page itself, and any failed request,
  - any chart (svg.chart) whose marks (.mark) are missing or not drawn: the
    count in the DOM must equal the chart's data-marks and every mark must
    have a non-empty bounding box.
It saves a screenshot of the first screen (900 x 1200 CSS pixels) to OUT/ID.png;
with --full-page, also the whole page as screens OUT/ID-01.png, ...; with --pdf, also OUT/ID.pdf, printed to A4.
Exit 0: all passed; 1: a check failed; 77: chromium is not installed (skip).

Usage: browser_test.py PARLEY OUT_DIR [--runs N] [--full-page] [--pdf]
"""
import base64
import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

TIMEOUT_S = 30

CHART_CHECK = r"""
JSON.stringify(Array.from(document.querySelectorAll('svg.chart')).map(svg => {
  const marks = Array.from(svg.querySelectorAll('.mark'));
  const drawn = marks.filter(m => { const b = m.getBBox(); return b.width > 0 || b.height > 0; });
  const box = svg.getBoundingClientRect();
  return {title: svg.getAttribute('aria-label'), expected: Number(svg.dataset.marks),
          marks: marks.length, drawn: drawn.length, width: box.width, height: box.height};
}))
"""


class Browser:
    """One Chromium process spoken to over --remote-debugging-pipe (fds 3, 4)."""

    def __init__(self, chromium, profile):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()

        def wire_fds():  # in the child: the pipe ends on fds 3 and 4, kept across exec
            high_r = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD, 10)
            high_w = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD, 10)
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        self.process = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu",
             "--remote-debugging-pipe", "--no-first-run", "--no-default-browser-check",
             "--disable-extensions", "--disable-background-networking", "--disable-sync",
             "--hide-scrollbars", "--user-data-dir=" + profile, "about:blank"],
            close_fds=False, preexec_fn=wire_fds,  # pass_fds would close 3 and 4
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def _read_message(self, deadline):
        while b"\0" not in self.buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("chromium did not answer in time")
            chunk = os.read(self.from_chrome, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session=None):
        self.next_id += 1
        request = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            request["sessionId"] = session
        os.write(self.to_chrome, json.dumps(request).encode() + b"\0")
        deadline = time.monotonic() + TIMEOUT_S
        while True:
            message = self._read_message(deadline)
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method):
        deadline = time.monotonic() + TIMEOUT_S
        while not any(e.get("method") == method for e in self.events):
            self.events.append(self._read_message(deadline))

    def close(self):
        try:
            self.call("Browser.close")
        except Exception:  # already gone: nothing to close
            pass
        self.process.wait(timeout=10)


def problems_in(events, page_url):
    problems = []
    for event in events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            problems.append("console error: " + json.dumps(params.get("args")))
        elif method == "Runtime.exceptionThrown":
            problems.append("exception: " + json.dumps(params.get("exceptionDetails")))
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            problems.append("log error: " + params["entry"].get("text", ""))
        elif method == "Network.requestWillBeSent" and params["request"]["url"] != page_url:
            problems.append("request leaves the page: " + params["request"]["url"][:120])
        elif method == "Network.loadingFailed":
            problems.append("failed request: " + params.get("errorText", ""))
    return problems


def chart_problems(charts):
    if not charts:
        return ["no chart in the page"]
    problems = []
    for chart in charts:
        if chart["marks"] == 0 or chart["marks"] != chart["expected"]:
            problems.append(f"chart '{chart['title']}': {chart['marks']} marks, "
                            f"expected {chart['expected']}")
        elif chart["drawn"] != chart["marks"]:
            problems.append(f"chart '{chart['title']}': {chart['marks'] - chart['drawn']} "
                            "marks not drawn")
        if chart["width"] <= 0 or chart["height"] <= 0:
            problems.append(f"chart '{chart['title']}' has no size")
    return problems


def check_page(browser, path, out_base, full_page, pdf):
    page_url = "file://" + os.path.abspath(path)
    target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.call("Target.attachToTarget",
                           {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Runtime", "Log", "Network", "Page"):
        browser.call(domain + ".enable", session=session)
    browser.call("Emulation.setDeviceMetricsOverride",
                 {"width": 900, "height": 1200, "deviceScaleFactor": 1, "mobile": False},
                 session=session)
    browser.events.clear()
    browser.call("Page.navigate", {"url": page_url}, session=session)
    browser.wait_for("Page.loadEventFired")
    result = browser.call("Runtime.evaluate", {"expression": CHART_CHECK, "returnByValue": True},
                          session=session)
    charts = json.loads(result["result"]["value"])
    image = browser.call("Page.captureScreenshot", {"format": "png"}, session=session)
    with open(out_base + ".png", "wb") as png:
        png.write(base64.b64decode(image["data"]))
    if full_page:  # the whole page as screens ID-01.png, ID-02.png, ... (slow: PNG encoding)
        size = browser.call("Page.getLayoutMetrics", session=session)["cssContentSize"]
        for n, top in enumerate(range(0, int(size["height"]), 1200)):
            clip = {"x": 0, "y": top, "width": size["width"],
                    "height": min(1200, size["height"] - top), "scale": 1}
            image = browser.call("Page.captureScreenshot", {
                "format": "png", "captureBeyondViewport": True, "clip": clip}, session=session)
            with open(f"{out_base}-{n + 1:02d}.png", "wb") as png:
                png.write(base64.b64decode(image["data"]))
    if pdf:
        printed = browser.call("Page.printToPDF", {"preferCSSPageSize": True,
                                                   "printBackground": True}, session=session)
        with open(out_base + ".pdf", "wb") as out:
            out.write(base64.b64decode(printed["data"]))
    problems = problems_in(browser.events, page_url) + chart_problems(charts)
    browser.call("Target.closeTarget", {"targetId": target})
    return problems, len(charts), sum(c["marks"] for c in charts)


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    parley, out_dir = sys.argv[1], sys.argv[2]
    runs = sys.argv[sys.argv.index("--runs") + 1] if "--runs" in sys.argv else "200"
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("SKIP: chromium is not installed (scripts/setup.sh installs it)")
        return 77
    os.makedirs(out_dir, exist_ok=True)
    listing = subprocess.run([parley, "scenarios"], check=True, capture_output=True, text=True)
    ids = [line.split()[0] for line in listing.stdout.splitlines()[1:]
           if line.strip() and not line.startswith("Default:")]
    failed = False
    with tempfile.TemporaryDirectory(prefix="parley-chromium-") as profile:
        browser = Browser(chromium, profile)
        try:
            for scenario in ids:
                started = time.monotonic()
                html = os.path.join(out_dir, scenario + ".html")
                subprocess.run([parley, "report", scenario, "--runs", runs, "-o", html],
                               check=True)
                problems, charts, marks = check_page(browser, html, os.path.join(out_dir, scenario),
                                                     "--full-page" in sys.argv, "--pdf" in sys.argv)
                verdict = "FAIL" if problems else "ok"
                print(f"{verdict} {scenario}: {charts} charts, {marks} marks, "
                      f"{os.path.getsize(html)} bytes, {time.monotonic() - started:.1f} s; "
                      f"screenshot {os.path.join(out_dir, scenario)}.png")
                for problem in problems:
                    print("  " + problem)
                failed = failed or bool(problems)
        finally:
            browser.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
