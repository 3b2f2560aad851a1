"""What the browser tests share: a running `vertsval serve` on a copy of the bundled data,
headless Chromium driven by selenium, and waiting for a workbench page to settle.

Every browser test imports this module from its own folder (`Tests/browser`).
"""

import argparse
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def listing(root):
    """Every file under `root`, relative to it."""
    found = set()
    for folder, _, files in os.walk(root):
        for name in files:
            found.add(os.path.relpath(os.path.join(folder, name), root))
    return found


def wait_until_answering(url, process, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError("vertsval serve ended with %s" % process.returncode)
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("vertsval serve did not answer on %s within %d s" % (url, seconds))


def copy_data(package_root):
    """A temporary root with a copy of the bundled cases and templates."""
    root = tempfile.mkdtemp(prefix="vertsval-browser-")
    for folder in ("Cases", "Criteria"):
        shutil.copytree(os.path.join(package_root, folder), os.path.join(root, folder))
    return root


class Workbench:
    """`vertsval serve` on 127.0.0.1 with a copy of the bundled data; use as a context."""

    def __init__(self, vertsval, package_root):
        self.vertsval = vertsval
        self.package_root = package_root
        self.root = None
        self.process = None
        self.base = None
        self.log = None

    def __enter__(self):
        self.root = copy_data(self.package_root)
        port = free_port()
        self.base = "http://127.0.0.1:%d" % port
        # The server's log goes to a file: a pipe nobody reads would stop it once full.
        self.log = tempfile.TemporaryFile()
        self.process = subprocess.Popen([self.vertsval, "serve", "--root", self.root, "--port", str(port)],
                                        stdout=subprocess.DEVNULL, stderr=self.log)
        try:
            wait_until_answering(self.base + "/api/files", self.process)
        except RuntimeError:
            self.log.seek(0)
            raise RuntimeError("vertsval serve did not start: %s" % self.log.read().decode(errors="replace"))
        return self

    def __exit__(self, *exc):
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
        if self.log is not None:
            self.log.close()
        return False


def start_browser(width=800, height=600, performance_log=False):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--no-first-run", "--disable-extensions", "--window-size=%d,%d" % (width, height),
                     "--force-device-scale-factor=1", "--hide-scrollbars"):
        options.add_argument(argument)
    if performance_log:
        options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(service=service, options=options)


def set_viewport(driver, width, height):
    """The page's viewport in CSS pixels, whatever the window's smallest size."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


def wait_until_settled(driver, seconds=60, quiet=0.4):
    """Waits until the document has loaded and no workbench request has been pending for
    `quiet` seconds: `common.js` marks `<main>` `aria-busy` while a request is out, and
    pages that load nothing never set it."""
    deadline = time.time() + seconds
    calm_since = None
    while time.time() < deadline:
        busy = driver.execute_script(
            "return document.readyState !== 'complete' || !!document.querySelector('[aria-busy=\"true\"]');")
        if busy:
            calm_since = None
        elif calm_since is None:
            calm_since = time.time()
        elif time.time() - calm_since >= quiet:
            return
        time.sleep(0.05)
    raise RuntimeError("the page %s did not settle within %d s" % (driver.current_url, seconds))


def argument_parser():
    """The options every browser test takes: the `vertsval` to run and the package root."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--vertsval", required=True)
    parser.add_argument("--package-root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    return parser


class Checks:
    """Prints each check as it is made and counts the failures: `check(condition, text)`,
    then `return check.summary()` as the test's exit status."""

    def __init__(self):
        self.failures = []

    def __call__(self, condition, text):
        print(("ok:   " if condition else "FAIL: ") + text)
        if not condition:
            self.failures.append(text)

    def summary(self):
        print("%d check(s) failed" % len(self.failures) if self.failures else "all checks passed")
        return 1 if self.failures else 0
