#!/usr/bin/python3
"""Keyboard only: move a weight and save a scenario without a mouse.

Issue 18. This test starts the built `vertsval serve` on 127.0.0.1 with a copy of the bundled
data and opens a case page in headless Chromium (Debian's `chromium` and `chromium-driver`,
driven by selenium). Then, with nothing but key presses sent to whatever has the focus
(no clicks, no scripts that focus or set values), it

  * presses Tab until a weight slider has the focus, and notes which criterion it is;
  * presses the right arrow three times: the slider's value and its `aria-valuetext` change;
  * presses Tab on to the scenario's id, title and reason fields and types them;
  * presses Tab to the save button and presses Enter;

and checks that the page said where it saved, that exactly one new file appeared next to the
case, named after the typed id, and that it holds the typed title and reason and the moved
weight at its new value. The save goes through the page's own request, with the start's
token and the page's origin, as the workbench demands of every write
(`RequestGuard.swift`); nothing in the protection is relaxed for this test.

Usage: keyboard_save.py --vertsval PATH [--package-root DIR]
Exit 0 when every check holds, 1 when one fails, 2 when the browser cannot be started.
"""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import workbench_browser as wb  # noqa: E402

CASE = "Cases/sogn/ureining-miljo-tilsyn.yaml"
SCENARIO_ID = "tastatur-prov"
TITLE = "Prøvd med tastaturet"
REASON = "Vekta er flytt og scenarioet lagra utan mus."


def focused(driver):
    return driver.execute_script(
        "const e = document.activeElement; return e ? {tag: e.tagName.toLowerCase(), type: e.type || '', id: e.id || '',"
        " value: e.value === undefined ? null : String(e.value), valuetext: e.getAttribute('aria-valuetext') || '',"
        " label: e.labels && e.labels.length ? e.labels[0].textContent.trim() : ''} : null;")


def main():
    args = wb.argument_parser().parse_args()
    check = wb.Checks()

    try:
        driver = wb.start_browser(1280, 900)
    except Exception as error:  # noqa: BLE001 (any failure to start is reported the same way)
        print("cannot start headless chromium with selenium: %s" % error, file=sys.stderr)
        return 2
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    def keys(*sequence):
        ActionChains(driver).send_keys(*sequence).perform()

    def tab_to(predicate, limit=200):
        for _ in range(limit):
            keys(Keys.TAB)
            state = focused(driver)
            if state and predicate(state):
                return state
        return None

    try:
        with wb.Workbench(args.vertsval, os.path.abspath(args.package_root)) as bench:
            before = wb.listing(bench.root)
            driver.get(bench.base + "/case?file=" + CASE + "&lang=nn")
            wb.wait_until_settled(driver)

            slider = tab_to(lambda s: s["type"] == "range")
            check(slider is not None, "Tab reaches a weight slider")
            if slider is None:
                return 1
            criterion = slider["id"][len("w-"):]
            start = int(slider["value"])
            print("  slider %s («%s») at %d: «%s»" % (slider["id"], slider["label"], start, slider["valuetext"]))
            keys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT)
            wb.wait_until_settled(driver)
            moved = focused(driver)
            check(moved["id"] == slider["id"] and int(moved["value"]) == start + 3,
                  "the right arrow moves the slider from %d to %s" % (start, moved["value"]))
            check(moved["valuetext"] != slider["valuetext"] and str(start + 3) in moved["valuetext"],
                  "the slider announces its new value: «%s»" % moved["valuetext"])

            for field, text in (("sc-id", SCENARIO_ID), ("sc-title", TITLE), ("sc-reason", REASON)):
                reached = tab_to(lambda s, f=field: s["id"] == f)
                check(reached is not None, "Tab reaches the field %s" % field)
                if reached is None:
                    return 1
                keys(text)
            button = tab_to(lambda s: s["id"] == "save")
            check(button is not None, "Tab reaches the save button")
            if button is None:
                return 1
            keys(Keys.ENTER)
            deadline = time.time() + 30
            said = ""
            while time.time() < deadline and not said:
                said = driver.execute_script("return document.getElementById('saved').textContent;")
                time.sleep(0.1)
            print("  the page says: «%s»" % said)

            written = sorted(wb.listing(bench.root) - before)
            expected = "Cases/sogn/ureining-miljo-tilsyn.scenario.%s.yaml" % SCENARIO_ID
            check(written == [expected], "one scenario file was written: %s" % written)
            check(expected.split("/")[-1] in said, "the page says where the scenario was saved")
            if written == [expected]:
                with open(os.path.join(bench.root, expected), encoding="utf-8") as f:
                    content = f.read()
                print("  " + content.replace("\n", "\n  "))
                check(TITLE in content and REASON in content, "the file holds the typed title and reason")
                check(any(line.strip() == "%s: %d" % (criterion, start + 3) for line in content.splitlines()),
                      "the file holds the moved weight %s: %d" % (criterion, start + 3))
    finally:
        driver.quit()

    return check.summary()


if __name__ == "__main__":
    sys.exit(main())
