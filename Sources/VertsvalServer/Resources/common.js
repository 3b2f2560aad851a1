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
