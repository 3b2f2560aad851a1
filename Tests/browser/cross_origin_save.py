#!/usr/bin/python3
"""A page on another loopback origin, opened in a real browser, tries to save a scenario.

Issue 16: with the workbench bound to 127.0.0.1, a page on another loopback port once wrote
a scenario from a real browser. This test starts the built `vertsval serve` on
127.0.0.1:PORT_A with a copy of the bundled data, serves an attacker page from
127.0.0.1:PORT_B, opens it in headless Chromium (Debian's `chromium` and `chromium-driver`,
driven by selenium) and lets it try every way a page can POST to /api/case/scenario:
fetch with text/plain (no-cors and cors: no preflight, the request reaches the server),
fetch with application/json (preflighted), fetch with a guessed token header, and a form
submit with enctype text/plain. It then checks that

  * no file was written under the root;
  * every answer the browser saw from the workbench for these requests was a refusal
    (403 or 415; the browser's network log shows the status even where the page may not
    read it), and the text/plain requests did reach the workbench;
  * the page could read none of the answers (fetch fails or is opaque).

Then, as a control that the setup can detect a write at all, the workbench's own page
(same origin, with its token) saves a scenario, and the file appears.

Usage: cross_origin_save.py --vertsval PATH/TO/vertsval [--package-root DIR]
Exit 0 when every check holds, 1 when one fails, 2 when the browser cannot be started.
"""

import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from workbench_browser import free_port, listing, wait_until_answering  # noqa: E402
import workbench_browser as wb  # noqa: E402

CASE = "Cases/sogn/ureining-miljo-tilsyn.yaml"
SCENARIO_PATH = "/api/case/scenario"






def attack_page(target):
    """The attacker's page: every attempt records what the page could see in `results`."""
    def body(scenario_id):
        return json.dumps({
            "file": CASE, "id": scenario_id, "title": "Angrep", "reason": "cross-origin test",
            "weights": {"reisetid": 30},
        })

    # A form with enctype text/plain sends `name=value`; this name and value make the body
    # valid JSON, the classic way around "no JSON from a form".
    form_json = body("attack-form")
    form_name, form_value = form_json[:-2] + ', "x": "', '"}'
    script = """
const target = %(target)s;
const results = {};
window.attackResults = results;
async function attempt(name, init) {
  try {
    const response = await fetch(target, init);
    let text = null;
    try { text = await response.text(); } catch (e) { text = null; }
    results[name] = {outcome: "answered", type: response.type, status: response.status, body: text};
  } catch (e) {
    results[name] = {outcome: "failed", error: String(e)};
  }
}
window.attackDone = (async () => {
  await attempt("no-cors text/plain", {method: "POST", mode: "no-cors", headers: {"Content-Type": "text/plain"},
                                      body: %(nocors)s});
  await attempt("cors text/plain", {method: "POST", mode: "cors", headers: {"Content-Type": "text/plain"},
                                   body: %(corstext)s});
  await attempt("cors application/json", {method: "POST", mode: "cors", headers: {"Content-Type": "application/json"},
                                         body: %(json)s});
  await attempt("cors application/json with a guessed token", {method: "POST", mode: "cors",
      headers: {"Content-Type": "application/json", "X-Vertsval-Token": "guess"}, body: %(token)s});
  await new Promise((resolve) => {
    const frame = document.getElementById("sink");
    frame.addEventListener("load", () => resolve(), {once: true});
    setTimeout(resolve, 5000);
    document.getElementById("attack-form").submit();
  });
  results["form text/plain"] = {outcome: "submitted"};
  return results;
})();
""" % {
        "target": json.dumps(target),
        "nocors": json.dumps(body("attack-nocors")),
        "corstext": json.dumps(body("attack-cors-text")),
        "json": json.dumps(body("attack-json")),
        "token": json.dumps(body("attack-token")),
    }
    from html import escape
    return ("""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>not the workbench</title></head>
<body>
<iframe name="sink" id="sink"></iframe>
<form id="attack-form" method="POST" action="%s" enctype="text/plain" target="sink">
<input type="hidden" name="%s" value="%s">
</form>
<script>%s</script>
</body></html>""" % (escape(target), escape(form_name), escape(form_value), script)).encode()


class AttackerHandler(http.server.BaseHTTPRequestHandler):
    page = b""

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(self.page)))
        self.end_headers()
        self.wfile.write(self.page)

    def log_message(self, *args):
        pass






def network_answers(driver, base):
    """Status of every answer the browser got for the scenario route, and how many such
    requests it sent (preflights included), from Chrome's network log."""
    statuses = []
    sent = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        params = message.get("params", {})
        if message.get("method") == "Network.responseReceived":
            response = params.get("response", {})
            if response.get("url", "").startswith(base + SCENARIO_PATH):
                statuses.append(response.get("status"))
        elif message.get("method") == "Network.requestWillBeSent":
            request = params.get("request", {})
            if request.get("url", "").startswith(base + SCENARIO_PATH):
                sent.append(request.get("method"))
    return statuses, sent


def main():
    args = wb.argument_parser().parse_args()
    check = wb.Checks()

    root = wb.copy_data(args.package_root)
    server = None
    attacker = None
    driver = None
    try:
        port_a = free_port()
        base = "http://127.0.0.1:%d" % port_a
        server = subprocess.Popen([args.vertsval, "serve", "--root", root, "--port", str(port_a)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wait_until_answering(base + "/api/files", server)

        AttackerHandler.page = attack_page(base + SCENARIO_PATH)
        attacker = http.server.ThreadingHTTPServer(("127.0.0.1", 0), AttackerHandler)
        threading.Thread(target=attacker.serve_forever, daemon=True).start()
        attacker_url = "http://127.0.0.1:%d/attack.html" % attacker.server_address[1]

        before = listing(root)
        try:
            driver = wb.start_browser(performance_log=True)
        except Exception as error:  # noqa: BLE001 (any failure to start is reported the same way)
            print("cannot start headless chromium with selenium: %s" % error, file=sys.stderr)
            return 2
        driver.set_script_timeout(60)
        driver.get(attacker_url)
        results = driver.execute_async_script(
            "const done = arguments[arguments.length - 1]; window.attackDone.then(done, (e) => done({error: String(e)}));")
        time.sleep(0.5)
        statuses, sent = network_answers(driver, base)
        after = listing(root)

        print("attacker page %s -> workbench %s" % (attacker_url, base))
        for name, result in sorted(results.items()):
            print("  %-45s %s" % (name, json.dumps(result, ensure_ascii=False)[:200]))
        print("  requests the browser sent to %s: %s" % (SCENARIO_PATH, sent))
        print("  answers the browser got: %s" % statuses)

        check(after == before, "no file was written by the attacker page (new: %s)" % sorted(after - before))
        check(all(status in (403, 415) for status in statuses), "every answer to the attacker page was 403 or 415: %s" % statuses)
        # The three simple requests (no-cors and cors text/plain fetches, the form) need no
        # preflight: they reach the workbench, and the browser logs its answer.
        check(len(statuses) >= 3, "the text/plain requests reached the workbench and were answered (%d answers)" % len(statuses))
        for name in ("no-cors text/plain", "cors text/plain", "cors application/json", "cors application/json with a guessed token"):
            result = results.get(name, {})
            unreadable = result.get("outcome") == "failed" or (result.get("type") == "opaque" and not result.get("body"))
            check(unreadable, "the page could not read the answer to %s" % name)

        # Control: the workbench's own page, same origin, with its token, can save.
        driver.get(base + "/case?file=" + CASE)
        saved = driver.execute_async_script("""
const done = arguments[arguments.length - 1];
const token = document.querySelector('meta[name="vertsval-token"]').content;
fetch("/api/case/scenario", {method: "POST", headers: {"Content-Type": "application/json", "X-Vertsval-Token": token},
  body: JSON.stringify({file: %s, id: "kontroll", title: "Kontroll", reason: "same-origin control", weights: {reisetid: 30}})})
  .then(async (r) => done({status: r.status, body: await r.text()}), (e) => done({error: String(e)}));
""" % json.dumps(CASE))
        print("  control from the workbench's own page: %s" % json.dumps(saved, ensure_ascii=False)[:200])
        written = sorted(listing(root) - before)
        check(saved.get("status") == 201 and written == ["Cases/sogn/ureining-miljo-tilsyn.scenario.kontroll.yaml"],
              "control: the workbench's own page saves a scenario (written: %s)" % written)
    finally:
        if driver is not None:
            driver.quit()
        if attacker is not None:
            attacker.shutdown()
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(root, ignore_errors=True)

    return check.summary()


if __name__ == "__main__":
    sys.exit(main())
