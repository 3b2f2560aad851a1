#!/usr/bin/python3
"""WCAG 2.1 A/AA in a real browser: the HTML reports and every workbench page.

Issue 18. Headless Chromium (Debian's `chromium` and `chromium-driver`, driven by
selenium) opens

  * the HTML reports that `vertsval report … -o X.html` writes, for a case and a portfolio,
    in Nynorsk and English;
  * every workbench page reachable from the start page by links (the crawl follows every
    link to the workbench that is not an API call, so a page added later is checked
    without naming it here), in Nynorsk and English; on each page that has them, also
    after moving a weight slider with the arrow keys, after switching a rule off with the
    space bar, and after running the robustness computation;

and on each of these runs axe-core with the tags wcag2a, wcag2aa, wcag21a and wcag21aa,
twice: with the axe-core that axe-selenium-python bundles, and with the newer one that
axe-core-python bundles (both from PyPI, installed by `.ci/run`). Any violation fails.

Besides axe it checks what axe does not:

  * exactly one `h1`, and no heading level skipped on the way down;
  * `lang` on the page is the page's language, and every visible text is inside a landmark;
  * every range input has a label and an `aria-valuetext` that names its current value;
  * every element reached with Tab shows a visible focus indicator (outline or shadow);
  * at 320 CSS pixels (400 % zoom of 1280) the page does not scroll sideways, except inside
    scrollable table regions;
  * on a case page, moving a weight until the ranking changes makes the polite live region
    announce the new order, checked against the workbench's own JSON for those weights;
  * on a judgement page, stepping a pairwise comparison with the arrow keys makes the polite
    live region announce, once, who ranks first, the weights and the consistency ratio,
    checked against the workbench's own JSON for the same form; at 320 px the preview's
    tables fit their regions without scrolling sideways, and the weights table, stacked,
    is still a table to assistive technology; and no scenario's page links to the judgement
    page (a judgement is given for the case itself).

Usage: accessibility.py --vertsval PATH [--package-root DIR] [--screenshots DIR]
Exit 0 when every check holds, 1 when one fails, 2 when the browser or axe cannot be used.
"""

import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import workbench_browser as wb  # noqa: E402

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
REPORTS = [("case", "Cases/sogn/ureining-miljo-tilsyn.yaml"), ("portfolio", "Cases/sogn/tenester-2027.yaml")]
LANGUAGES = ["nn", "en"]
NORMAL = (1280, 900)
NARROW = (320, 640)


def axe_engines():
    """(name, path of axe.min.js) for each installed engine."""
    import axe_selenium_python
    engines = [("axe-selenium-python", os.path.join(os.path.dirname(axe_selenium_python.__file__), "node_modules", "axe-core", "axe.min.js"))]
    import axe_core_python
    engines.append(("axe-core-python", os.path.join(os.path.dirname(axe_core_python.__file__), "axe.min.js")))
    return engines


def run_axe(driver, engines):
    """Violations of every engine, as (engine, version, violations)."""
    from axe_selenium_python import Axe
    found = []
    for name, script in engines:
        axe = Axe(driver, script_url=script)
        axe.inject()
        result = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            # An older axe-core has no rule for some of the tags (3.1 none for wcag21a): ask for those it has.
            "const known = new Set(axe.getRules().flatMap(r => r.tags));"
            "const tags = %s.filter(t => known.has(t));"
            "axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})"
            ".then(r => done({version: axe.version, tags, violations: r.violations}), e => done({error: String(e)}));" % json.dumps(TAGS))
        if "error" in result:
            raise RuntimeError("%s failed on %s: %s" % (name, driver.current_url, result["error"]))
        found.append((name, "%s [%s]" % (result["version"], " ".join(result["tags"])), result["violations"]))
    return found


def describe(violations):
    lines = []
    for v in violations:
        lines.append("    %s (%s): %s" % (v["id"], v.get("impact"), v["help"]))
        for node in v["nodes"][:5]:
            lines.append("      %s  %s" % (node.get("target"), (node.get("failureSummary") or "").replace("\n", " ")[:300]))
    return "\n".join(lines)


STRUCTURE = r"""
const problems = [];
const visible = (e) => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
  return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
const h1 = [...document.querySelectorAll('h1')].filter(visible);
if (h1.length !== 1) problems.push('expected one visible h1, found ' + h1.length);
let last = 0;
for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
  if (!visible(h)) continue;
  const level = Number(h.tagName[1]);
  if (last && level > last + 1) problems.push('heading level skipped: h' + last + ' then h' + level + ' «' + h.textContent.trim().slice(0, 60) + '»');
  last = level;
}
if (document.documentElement.lang !== arguments[0]) problems.push('html lang is «' + document.documentElement.lang + '», expected ' + arguments[0]);
if (!document.querySelector('main')) problems.push('no main landmark');
const landmarks = 'header, nav, main, footer, aside, [role=banner], [role=main], [role=contentinfo], [role=navigation], [role=complementary]';
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const parent = node.parentElement;
  if (!node.textContent.trim() || !parent || parent.closest('script, style') || !visible(parent)) continue;
  if (!parent.closest(landmarks)) problems.push('text outside every landmark: «' + node.textContent.trim().slice(0, 60) + '»');
}
for (const input of document.querySelectorAll('input[type=range]')) {
  const label = input.labels && input.labels.length ? input.labels[0].textContent.trim() : (input.getAttribute('aria-label') || '');
  const text = input.getAttribute('aria-valuetext') || '';
  if (!label) problems.push('range input ' + input.id + ' has no label');
  if (!text.includes(String(input.value))) problems.push('range input ' + input.id + ' value ' + input.value + ' is not in its aria-valuetext «' + text + '»');
}
return problems;
"""

OVERFLOW = r"""
const width = document.documentElement.clientWidth;
const problems = [];
if (document.documentElement.scrollWidth > width + 1) problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px wide in a ' + width + ' px viewport');
const scrolls = (e) => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
  const s = getComputedStyle(a).overflowX; if (s === 'auto' || s === 'scroll' || s === 'hidden') return true; } return false; };
for (const e of document.body.querySelectorAll('*')) {
  const r = e.getBoundingClientRect();
  if (r.width > 0 && r.right > width + 1 && !scrolls(e) && getComputedStyle(e).position !== 'absolute') {
    problems.push('wider than the viewport: <' + e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className : '') + '> right edge ' + Math.round(r.right));
    if (problems.length > 8) break;
  }
}
return problems;
"""

FOCUS = r"""
const e = document.activeElement;
if (!e || e === document.body) return null;
const s = getComputedStyle(e);
const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
const shadow = s.boxShadow && s.boxShadow !== 'none';
return {tag: e.tagName.toLowerCase(), id: e.id, text: (e.textContent || e.value || '').trim().slice(0, 40), shown: outline || shadow};
"""


class Checker:
    def __init__(self, driver, engines, screenshots):
        self.driver = driver
        self.engines = engines
        self.screenshots = screenshots
        self.failures = []
        self.passes = 0
        self.shots = 0

    def check(self, condition, text, detail=""):
        print(("ok:   " if condition else "FAIL: ") + text)
        if not condition:
            if detail:
                print(detail)
            self.failures.append(text)
        else:
            self.passes += 1

    def axe(self, what):
        for engine, version, violations in run_axe(self.driver, self.engines):
            self.check(not violations, "%s: axe-core %s (%s) finds no WCAG 2.1 A/AA violation (%d found)" % (what, version, engine, len(violations)),
                       describe(violations))

    def structure(self, what, language):
        problems = self.driver.execute_script(STRUCTURE, language)
        self.check(not problems, "%s: one h1, headings in order, lang, landmarks, labelled sliders" % what, "\n".join("    " + p for p in problems))

    def focus(self, what):
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.keys import Keys
        self.driver.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);")
        seen, unseen = [], []
        first = None
        for _ in range(300):
            ActionChains(self.driver).send_keys(Keys.TAB).perform()
            state = self.driver.execute_script(FOCUS)
            if state is None:
                continue
            key = (state["tag"], state["id"], state["text"])
            if key == first:
                break
            first = first or key
            (seen if state["shown"] else unseen).append(key)
        self.check(seen and not unseen, "%s: all %d elements reached with Tab show their focus" % (what, len(seen) + len(unseen)),
                   "\n".join("    no visible focus: %s" % (k,) for k in unseen[:10]))

    def reflow(self, what, name):
        wb.set_viewport(self.driver, *NARROW)
        time.sleep(0.3)
        problems = self.driver.execute_script(OVERFLOW)
        self.check(not problems, "%s: usable at %d px width (no sideways scrolling of the page)" % (what, NARROW[0]),
                   "\n".join("    " + p for p in problems))
        self.screenshot(name + "-320")
        wb.set_viewport(self.driver, *NORMAL)
        time.sleep(0.2)
        self.screenshot(name + "-1280")

    def screenshot(self, name):
        if not self.screenshots:
            return
        width = self.driver.execute_script("return document.documentElement.clientWidth;")
        height = min(6000, self.driver.execute_script("return document.documentElement.scrollHeight;"))
        wb.set_viewport(self.driver, width, height)
        time.sleep(0.2)
        self.driver.save_screenshot(os.path.join(self.screenshots, "%02d-%s.png" % (self.shots, name)))
        self.shots += 1
        wb.set_viewport(self.driver, *NORMAL)

    def page(self, what, language, name, interact=True):
        """Every check on the page as it is now."""
        self.axe(what)
        self.structure(what, language)
        if interact:
            self.focus(what)
            self.reflow(what, name)


def write_reports(vertsval, package_root, folder):
    written = []
    for kind, path in REPORTS:
        for language in LANGUAGES:
            output = os.path.join(folder, "%s-%s.html" % (kind, language))
            done = subprocess.run([vertsval, "report", os.path.join(package_root, path), "-o", output, "--lang", language,
                                   "--date", "2026-02-23", "--samples", "500"], capture_output=True, text=True)
            if done.returncode != 0:
                raise RuntimeError("vertsval report %s failed: %s" % (path, done.stderr))
            written.append((kind, language, output))
    return written


def workbench_links(driver, base):
    """Links on the page to other workbench pages (not API calls), without the language."""
    hrefs = driver.execute_script("return [...document.querySelectorAll('a[href]')].map(a => a.href);")
    pages = set()
    for href in hrefs:
        url = urllib.parse.urlsplit(href)
        if "%s://%s" % (url.scheme, url.netloc) != base or url.path.startswith("/api/"):
            continue
        query = [(k, v) for k, v in urllib.parse.parse_qsl(url.query) if k != "lang"]
        pages.add(url.path + ("?" + urllib.parse.urlencode(sorted(query)) if query else ""))
    return pages


def crawl(driver, base):
    """Every workbench page reachable by links from the start page."""
    found, queue = ["/"], ["/"]
    while queue:
        page = queue.pop(0)
        driver.get(base + page)
        wb.wait_until_settled(driver)
        for link in sorted(workbench_links(driver, base)):
            if link not in found:
                found.append(link)
                queue.append(link)
    return found


def with_language(page, language):
    return page + ("&" if "?" in page else "?") + "lang=" + language


def press(driver, element, *keys):
    from selenium.webdriver.common.action_chains import ActionChains
    driver.execute_script("arguments[0].focus();", element)
    ActionChains(driver).send_keys(*keys).perform()


def interactions(checker, driver, base, page, language):
    """Moves a slider, switches a rule off and runs the robustness computation where the
    page has them, checking the page after each."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    sliders = driver.find_elements(By.CSS_SELECTOR, "input[type=range]")
    if sliders:
        before = sliders[0].get_attribute("value")
        press(driver, sliders[0], Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT)
        wb.wait_until_settled(driver)
        after = driver.find_elements(By.CSS_SELECTOR, "input[type=range]")[0].get_attribute("value")
        checker.check(after != before, "%s %s: the arrow keys move a weight slider (%s → %s)" % (page, language, before, after))
        checker.page("%s %s after moving a weight" % (page, language), language, "", interact=False)
    # A rule's switch is a checkbox that names its rule (`data-rule`); other checkboxes (such
    # as the judgement page's «replace my earlier judgement») are no rules. A portfolio page
    # has rules, so there the switches must be found.
    switches = driver.find_elements(By.CSS_SELECTOR, "main input[type=checkbox][data-rule]")
    if page.startswith("/portfolio?"):
        checker.check(bool(switches), "%s %s: the rules have switches (checkboxes with data-rule)" % (page, language))
    if switches:
        rule = switches[0].get_attribute("data-rule")
        was_on = switches[0].is_selected()
        press(driver, switches[0], Keys.SPACE)
        wb.wait_until_settled(driver)
        again = driver.find_elements(By.CSS_SELECTOR, "main input[type=checkbox][data-rule]")
        now = [s for s in again if s.get_attribute("data-rule") == rule]
        off = urllib.parse.parse_qs(urllib.parse.urlsplit(driver.current_url).query).get("off", [""])[0].split(",")
        checker.check(was_on and len(now) == 1 and not now[0].is_selected() and rule in off,
                      "%s %s: the space bar switches the rule «%s» off (its switch unticked, the address has off=%s)"
                      % (page, language, rule, ",".join(off)))
        checker.page("%s %s after switching a rule off" % (page, language), language, "", interact=False)
    buttons = driver.find_elements(By.ID, "run-smaa")
    if buttons:
        press(driver, buttons[0], Keys.ENTER)
        wb.wait_until_settled(driver)
        checker.page("%s %s after computing robustness" % (page, language), language, "", interact=False)


def ranking(base, query):
    """The order of candidates by rank, from the workbench's JSON for the page's state."""
    with urllib.request.urlopen(base + "/api/case/evaluate?" + query, timeout=60) as response:
        data = json.load(response)
    ranked = sorted((c for c in data["candidates"] if c.get("rank")), key=lambda c: c["rank"])
    return [c["name"] for c in ranked]


def live_ranking(checker, driver, base, page, language):
    """Drives each slider to an end until the ranking changes, and checks the announcement."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    driver.get(base + with_language(page, language))
    wb.wait_until_settled(driver)
    count = len(driver.find_elements(By.CSS_SELECTOR, "input[type=range]"))
    start = ranking(base, urllib.parse.urlsplit(driver.current_url).query)
    for index in range(count):
        for key in (Keys.END, Keys.HOME):
            driver.get(base + with_language(page, language))
            wb.wait_until_settled(driver)
            region = driver.find_elements(By.CSS_SELECTOR, "[aria-live=polite]#ranking-status, [role=status]#ranking-status")
            press(driver, driver.find_elements(By.CSS_SELECTOR, "input[type=range]")[index], key)
            wb.wait_until_settled(driver)
            now = ranking(base, urllib.parse.urlsplit(driver.current_url).query)
            if now == start:
                continue
            text = region[0].text if region else driver.find_element(By.ID, "ranking-status").get_attribute("textContent")
            positions = [text.find(name) for name in now]
            checker.check(bool(region) and all(p >= 0 for p in positions) and positions == sorted(positions),
                          "%s %s: a changed ranking (%s → %s) is announced in a polite live region: «%s»" % (page, language, start, now, text))
            return
    checker.check(False, "%s %s: no weight at an end changed the ranking, so the announcement could not be checked" % (page, language))


ANNOUNCEMENTS = r"""
const region = document.getElementById('preview-status');
window.__said = [];
new MutationObserver(() => window.__said.push(region.textContent)).observe(region, {childList: true, characterData: true, subtree: true});
return region.getAttribute('aria-live') === 'polite' || region.getAttribute('role') === 'status';
"""


def number_after(text, label):
    """The number (with a decimal comma or point) that follows `label` in `text`, or None."""
    import re
    at = text.find(label)
    found = re.search(r"-?\d+(?:[.,]\d+)?", text[at + len(label):]) if at >= 0 else None
    return float(found.group(0).replace(",", ".")) if found else None


PREVIEW_FIT = r"""
const problems = [];
for (const wrap of document.querySelectorAll('#preview .table-wrap')) {
  const name = wrap.querySelector('caption').textContent;
  if (wrap.scrollWidth > wrap.clientWidth + 1) problems.push(name + ': scrolls sideways (' + wrap.scrollWidth + ' px in ' + wrap.clientWidth + ' px)');
  const box = wrap.getBoundingClientRect();
  for (const cell of wrap.querySelectorAll('tbody th, tbody td')) {
    const r = cell.getBoundingClientRect();
    if (r.width <= 0 || r.left < box.left - 1 || r.right > box.right + 1) problems.push(name + ': «' + cell.textContent + '» is not shown within the table');
    if (problems.length > 8) return problems;
  }
}
return problems;
"""


def ax_roles(driver, within):
    """The roles of the accessibility tree's nodes below the first node named `within`, in order."""
    nodes = driver.execute_cdp_cmd("Accessibility.getFullAXTree", {})["nodes"]
    by_id = {n["nodeId"]: n for n in nodes}
    root = next((n for n in nodes if n.get("role", {}).get("value") == "table" and n.get("name", {}).get("value") == within), None)
    roles = []
    def walk(node):
        for child in node.get("childIds", []):
            if child in by_id:
                roles.append(by_id[child].get("role", {}).get("value"))
                walk(by_id[child])
    if root:
        walk(root)
    return root is not None, roles


def judgement_preview_narrow(checker, driver, base, page, language):
    """At 320 px the judgement preview's tables fit their regions with every cell shown, for
    rank order and pairwise comparisons, and the stacked weights table is still a table to
    assistive technology: a row per criterion with its row header and a cell per column."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    driver.get(base + with_language(page, language))
    wb.set_viewport(driver, *NARROW)
    wb.wait_until_settled(driver)
    for method in ("rank", "pairwise"):
        if method == "pairwise":
            press(driver, driver.find_element(By.CSS_SELECTOR, "input[name=method][value=pairwise]"), Keys.SPACE)
            wb.wait_until_settled(driver)
        time.sleep(0.3)
        problems = driver.execute_script(PREVIEW_FIT)
        checker.check(not problems, "%s %s (%s): at %d px the preview's tables fit without sideways scrolling" % (page, language, method, NARROW[0]),
                      "\n".join("    " + p for p in problems))
    caption, criteria = driver.execute_script(
        "const t = document.querySelector('#preview table'); return [t.querySelector('caption').textContent, t.tBodies[0].rows.length];")
    found, roles = ax_roles(driver, caption)
    expected = ["columnheader"] * 3 + ["rowheader", "cell", "cell"] * criteria
    shown = [r for r in roles if r in ("columnheader", "rowheader", "cell")]
    checker.check(found and shown == expected and roles.count("row") == criteria + 1,
                  "%s %s: at %d px the weights table «%s» is a table of %d rows to assistive technology" % (page, language, NARROW[0], caption, criteria + 1),
                  "    found: %s, roles: %s" % (found, roles))
    wb.set_viewport(driver, *NORMAL)


def judgement_announcement(checker, driver, base, page, language):
    """On a judgement page, steps a pairwise comparison with the arrow keys, a key at a time,
    and checks that the polite live region then says what the inputs give, once: who ranks
    first, each weight and the consistency ratio, checked against the workbench's own JSON
    for the same form."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    driver.get(base + with_language(page, language))
    wb.wait_until_settled(driver)
    press(driver, driver.find_element(By.CSS_SELECTOR, "input[name=method][value=pairwise]"), Keys.SPACE)
    wb.wait_until_settled(driver)
    time.sleep(1.5)
    polite = driver.execute_script(ANNOUNCEMENTS)
    pair = driver.find_elements(By.CSS_SELECTOR, "#pairs select")[0]
    driver.execute_script("arguments[0].focus();", pair)
    for _ in range(4):
        ActionChains(driver).send_keys(Keys.ARROW_UP).perform()
        time.sleep(0.3)
    wb.wait_until_settled(driver)
    time.sleep(1.5)
    said = [t for t in driver.execute_script("return window.__said;") if t.strip()]
    file = urllib.parse.parse_qs(urllib.parse.urlsplit(page).query)["file"][0]
    # The preview is a write-guarded POST: sent from the page itself, with the form as it is now.
    data = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch('/api/judgement/preview?lang=' + arguments[1], {method: 'POST', headers: {'Content-Type': 'application/json', 'X-Vertsval-Token': TOKEN},"
        " body: JSON.stringify({file: arguments[0], form: form()})}).then(r => r.json()).then(done, e => done({error: String(e)}));",
        file, language)
    if "weights" not in data:
        checker.check(False, "%s %s: the workbench previews the judgement page's form" % (page, language), "    %s" % data)
        return
    with urllib.request.urlopen(base + "/api/judgement/form?file=%s&lang=%s" % (urllib.parse.quote(file), language), timeout=60) as response:
        criteria = json.load(response)["criteria"]
    texts = driver.execute_script("return [T('consistencyRatio'), T('yourWeights')];")
    text = said[-1] if said else ""
    weights = text[text.find(texts[1]):] if texts[1] in text else ""
    problems = []
    if not polite:
        problems.append("the region #preview-status is not polite")
    if len(said) != 1:
        problems.append("expected one announcement after the four keys, heard %d: %s" % (len(said), said))
    problems += ["«%s» ranks first but is not named" % name for name in data["first"] if name not in text]
    for c in criteria:
        heard = number_after(weights, c["name"])
        if heard is None or abs(heard - data["weights"][c["id"]]) > 0.051:
            problems.append("the weight of «%s» is %.3f %%, heard %s" % (c["name"], data["weights"][c["id"]], heard))
    ratio = number_after(text, texts[0])
    if ratio is None or abs(ratio - data["pairwise"]["consistencyRatio"]) > 0.0051:
        problems.append("the consistency ratio is %.4f, heard %s" % (data["pairwise"]["consistencyRatio"], ratio))
    checker.check(not problems, "%s %s: a changed pairwise comparison is announced once in a polite live region: «%s»" % (page, language, text),
                  "\n".join("    " + p for p in problems))


def main():
    parser = wb.argument_parser()
    parser.add_argument("--screenshots", help="write PNG screenshots at 320 and 1280 px here")
    args = parser.parse_args()
    package_root = os.path.abspath(args.package_root)
    if args.screenshots:
        os.makedirs(args.screenshots, exist_ok=True)

    try:
        engines = axe_engines()
    except ImportError as error:
        print("axe-core is not installed (pip install axe-selenium-python axe-core-python): %s" % error, file=sys.stderr)
        return 2
    try:
        driver = wb.start_browser(*NORMAL)
    except Exception as error:  # noqa: BLE001 (any failure to start is reported the same way)
        print("cannot start headless chromium with selenium: %s" % error, file=sys.stderr)
        return 2
    driver.set_script_timeout(120)
    checker = Checker(driver, engines, args.screenshots)
    try:
        wb.set_viewport(driver, *NORMAL)
        with tempfile.TemporaryDirectory(prefix="vertsval-a11y-") as folder:
            for kind, language, path in write_reports(args.vertsval, package_root, folder):
                driver.get("file://" + path)
                checker.page("HTML report (%s, %s)" % (kind, language), language, "report-%s-%s" % (kind, language))

        with wb.Workbench(args.vertsval, package_root) as bench:
            pages = crawl(driver, bench.base)
            print("workbench pages reachable from the start page: %s" % pages)
            checker.check(any(p.startswith("/case?") for p in pages) and any(p.startswith("/portfolio?") for p in pages),
                          "the crawl reaches case and portfolio pages")
            for language in LANGUAGES:
                for page in pages:
                    driver.get(bench.base + with_language(page, language))
                    wb.wait_until_settled(driver)
                    name = "workbench-%s-%s" % (page.strip("/").split("?")[0] or "home", language)
                    if "file=" in page:
                        name += "-" + os.path.basename(urllib.parse.parse_qs(urllib.parse.urlsplit(page).query)["file"][0]).replace(".yaml", "")
                    checker.page("%s %s" % (page, language), language, name)
                    interactions(checker, driver, bench.base, page, language)
            case_pages = [p for p in pages if p.startswith("/case?") and ".scenario." not in p]
            for page in case_pages[:1]:
                live_ranking(checker, driver, bench.base, page, "nn")
            judgement_pages = [p for p in pages if p.startswith("/judgement?")]
            checker.check(not any(".scenario." in p for p in judgement_pages), "no scenario's page links to the judgement page")
            checker.check(bool(judgement_pages), "the crawl reaches a judgement page")
            for page in judgement_pages[:1]:
                for language in LANGUAGES:
                    judgement_announcement(checker, driver, bench.base, page, language)
                    judgement_preview_narrow(checker, driver, bench.base, page, language)
    finally:
        driver.quit()

    print("%d check(s) held" % checker.passes)
    print("%d check(s) failed" % len(checker.failures) if checker.failures else "all checks passed")
    return 1 if checker.failures else 0


if __name__ == "__main__":
    sys.exit(main())
