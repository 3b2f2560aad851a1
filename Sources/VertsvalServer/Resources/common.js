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
async function api(url, options) {
  const response = await fetch(url, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) { const e = new Error((body.error && body.error.message) || response.statusText); e.details = body.error && body.error.diagnostics; throw e; }
  return body;
}
function showError(error) {
  const box = el('div', error.message + (error.details && error.details.length ? '\n' + error.details.join('\n') : ''), 'error');
  box.setAttribute('role', 'alert');
  document.body.insertBefore(box, document.querySelector('main'));
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
  for (const [code, name] of [['nn', 'Nynorsk'], ['nb', 'Bokmål'], ['en', 'English']]) {
    const a = el('a', name);
    a.lang = code;
    a.href = '?lang=' + code;
    if (code === LANG) a.setAttribute('aria-current', 'true');
    a.addEventListener('click', () => {
      const query = new URLSearchParams(location.search);
      query.set('lang', code);
      a.href = location.pathname + '?' + query.toString();
    });
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
