#!/usr/bin/env python3
"""Drives headless Chromium over the DevTools protocol against a running `screener serve`:
loads the form, fills it with a sample project, submits it, checks that the result page shows
the expected verdict, and saves a screenshot of the form and of the result.

Usage: browser-check.py BASE_URL PROJECT.yaml EXPECTED_VERDICT_TEXT OUT_DIR
"""
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import websocket  # websocket-client
import yaml


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Page:
    """One Chromium tab, spoken to over its DevTools websocket."""

    def __init__(self, ws_url):
        self.ws = websocket.create_connection(ws_url, timeout=30)
        self.next_id = 0

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression, seconds=20):
        deadline = time.time() + seconds
        while time.time() < deadline:
            try:
                if self.evaluate(expression):
                    return
            except RuntimeError:
                pass  # the page is navigating
            time.sleep(0.1)
        raise TimeoutError(f"timed out waiting for: {expression}")

    def screenshot(self, path, width=1000):
        # Measure the page at a short viewport, so that an earlier tall one does not pad it.
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=600, deviceScaleFactor=1, mobile=False)
        height = int(self.evaluate("document.documentElement.scrollHeight"))
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)
        shot = self.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        with open(path, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
        print(f"saved {path} ({os.path.getsize(path) // 1024} KB, {width}x{height})")


def form_values(project):
    """The project's values as the form's inputs take them: text, `true`/`false`, lists."""
    values = {}
    for name, value in project.items():
        if isinstance(value, bool):
            values[name] = "true" if value else "false"
        elif isinstance(value, list):
            values[name] = [str(v) for v in value]
        elif value is not None:
            values[name] = str(value)
    return values


FILL = """
(values => {
  for (const [name, value] of Object.entries(values)) {
    const inputs = document.querySelectorAll(`[name="${name}"]`);
    if (inputs.length === 0) throw new Error('no input for ' + name);
    for (const input of inputs) {
      if (input.type === 'checkbox') input.checked = value.includes(input.value);
      else input.value = value;
    }
  }
  return true;
})(%s)
"""


def main():
    base, project_path, expected, out_dir = sys.argv[1:5]
    with open(project_path, encoding="utf-8") as f:
        values = form_values(yaml.safe_load(f))
    port = free_port()
    profile = tempfile.mkdtemp(prefix="screener-chromium-")
    chromium = subprocess.Popen(
        ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         f"--remote-debugging-port={port}", f"--user-data-dir={profile}", "--window-size=1000,900",
         "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 30
        while True:
            try:
                targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json"))
                target = next(t for t in targets if t["type"] == "page")
                break
            except Exception:
                if time.time() > deadline:
                    raise
                time.sleep(0.2)
        page = Page(target["webSocketDebuggerUrl"])
        page.call("Page.enable")
        page.call("Runtime.enable")
        page.call("Page.navigate", url=base + "/")
        page.wait_for("document.readyState === 'complete' && !!document.querySelector('form')")
        page.screenshot(os.path.join(out_dir, "form.png"))
        page.evaluate(FILL % json.dumps(values))
        page.evaluate("document.querySelector('button[type=submit]').click(); true")
        page.wait_for("document.readyState === 'complete' && !!document.querySelector('.verdict-value')")
        shown = page.evaluate("document.querySelector('.verdict-value').textContent.trim()")
        print(f"verdict shown: {shown}")
        if shown != expected:
            print(f"FAIL: expected the verdict {expected!r}", file=sys.stderr)
            return 1
        page.screenshot(os.path.join(out_dir, "result.png"))
        print("browser check passed")
        return 0
    finally:
        chromium.terminate()
        chromium.wait(timeout=10)
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
