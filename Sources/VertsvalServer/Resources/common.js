'use strict';
const params = new URLSearchParams(location.search);
const LANG = ['nn', 'nb', 'en'].includes(params.get('lang')) ? params.get('lang') : 'nn';
document.documentElement.lang = LANG;
// The secret of this start, which only the workbench's own pages carry; sent back with writes.
const TOKEN = (document.querySelector('meta[name="vertsval-token"]') || {}).content || '';
// TEXTS comes from /texts.js (the server's catalogue, WorkbenchText.swift).
const T = (key) => (TEXTS[LANG] && TEXTS[LANG][key]) || TEXTS.nn[key] || key;
for (const node of document.querySelectorAll('[data-t]')) node.textContent = T(node.dataset.t);
function el(tag, text, cls) { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; }
const fmt = (x, d = 1) => Number(x).toLocaleString(LANG === 'en' ? 'en-GB' : 'nb-NO', { minimumFractionDigits: d, maximumFractionDigits: d });
const pct = (x, d = 1) => fmt(x, d) + '\u00a0%';
// While a request is out, <main> is marked busy (assistive technology then waits for the
// finished content before announcing its live regions, and tests wait for it too).
let pending = 0;
function markBusy(change) {
  pending += change;
  const main = document.querySelector('main');
  if (!main) return;
  if (pending > 0) main.setAttribute('aria-busy', 'true'); else main.removeAttribute('aria-busy');
}
async function api(url, options) {
  markBusy(1);
  try {
    const response = await fetch(url, options);
    const body = await response.json().catch(() => ({}));
    if (!response.ok) { const e = new Error((body.error && body.error.message) || response.statusText); e.details = body.error && body.error.diagnostics; throw e; }
    return body;
  } finally {
    markBusy(-1);
  }
}
function showError(error) {
  const box = el('div', error.message + (error.details && error.details.length ? '\n' + error.details.join('\n') : ''), 'error');
  box.setAttribute('role', 'alert');
  document.querySelector('main').prepend(box);
  // A page whose data could not be loaded still has its one heading.
  const title = document.querySelector('h1');
  if (title && !title.textContent.trim()) title.textContent = T('title');
}
// A table in a region that scrolls sideways on a narrow screen, reachable with Tab so that
// it can be scrolled with the arrow keys; named by the table's caption.
function scrollableTable(table, captionText) {
  const wrap = el('div', undefined, 'table-wrap');
  const caption = el('caption', captionText);
  caption.id = 'caption-' + (++scrollableTable.count);
  table.prepend(caption);
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-labelledby', caption.id);
  wrap.tabIndex = 0;
  wrap.append(table);
  return wrap;
}
scrollableTable.count = 0;
// A table of numbers behind a disclosure: `head` is the header row, `rows` the body rows
// whose first cell names the row.
function numbersTable(captionText, head, rows) {
  const table = el('table');
  const thead = el('thead');
  const tr = el('tr');
  head.forEach((text, i) => { const th = el('th', text, i ? 'num' : undefined); th.scope = 'col'; tr.append(th); });
  thead.append(tr);
  const tbody = el('tbody');
  for (const cells of rows) {
    const row = el('tr');
    cells.forEach((text, i) => {
      if (i === 0) { const th = el('th', text); th.scope = 'row'; row.append(th); } else row.append(el('td', text, 'num'));
    });
    tbody.append(row);
  }
  table.append(thead, tbody);
  const details = el('details', undefined, 'numbers');
  details.append(el('summary', T('numbersAsTable')), scrollableTable(table, captionText));
  return details;
}
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000', '#999999', '#7A3E9D', '#3B7D23', '#8C510A'];

// The page's state lives in its address (file, language, weights or rules switched off), so
// a view can be shared and reloaded; `state` is the query without the language.
function keepInAddress(state) {
  history.replaceState(null, '', location.pathname + '?' + state + '&lang=' + LANG);
}

// Links to the same view in the other languages, built from the address when clicked.
(function languageSwitch() {
  const header = document.querySelector('header');
  if (!header) return;
  const nav = el('nav', undefined, 'lang');
  nav.setAttribute('aria-label', T('language'));
  // The same address in another language: the page's state as it is when the link is used.
  const inLanguage = (code) => { const query = new URLSearchParams(location.search); query.set('lang', code); return location.pathname + '?' + query.toString(); };
  for (const [code, name] of [['nn', 'Nynorsk'], ['nb', 'Bokmål'], ['en', 'English']]) {
    const a = el('a', name);
    a.lang = code;
    a.href = inLanguage(code);
    if (code === LANG) a.setAttribute('aria-current', 'true');
    a.addEventListener('click', () => { a.href = inLanguage(code); });
    a.addEventListener('focus', () => { a.href = inLanguage(code); });
    nav.append(a);
  }
  header.prepend(nav);
})();

// The banner of a what-if run (a scenario, changed weights, rules switched off): the same
// words as page 1 of its report. Hidden for the official result.
function showWhatIf(provenance) {
  const box = document.getElementById('whatif');
  if (!box) return;
  const note = provenance && provenance.note;
  box.hidden = !note;
  box.replaceChildren(...(note ? [el('strong', note.label + ': '), note.text] : []));
}
