'use strict';
// The judgement page: a board member's own weights by rank order, swing points or pairwise
// comparisons. Every figure shown (weights, λmax, CI, RI, CR, the pairs that fit least, who
// ranks first) comes from the server (/api/judgement/preview), computed by the same code as
// the report; this script only collects the inputs and lays the answers out.
const FILE = params.get('file') || '';
let facts = null;
let timer = null;
let previewRun = 0;
let announceTimer = null;
let announced = null;  // what the live region last said (null before the first preview)

const back = document.getElementById('back');
back.href = '/case?file=' + encodeURIComponent(FILE) + '&lang=' + LANG;

function method() { return document.querySelector('input[name="method"]:checked').value; }

// The name of a field in a table row: the column's and the row header's words, which are shown.
function nameField(field, column, criterion) { field.setAttribute('aria-label', T(column) + ': ' + criterion.name); }

function rankTable() {
  const count = facts.criteria.length;
  document.querySelector('#ranks tbody').replaceChildren(...facts.criteria.map(c => {
    const tr = el('tr');
    const th = el('th', c.name); th.scope = 'row'; th.title = c.question || '';
    const select = el('select'); select.id = 'rank-' + c.id; select.dataset.criterion = c.id;
    for (let rank = 1; rank <= count; rank++) { const option = el('option', String(rank)); option.value = String(rank); select.append(option); }
    select.value = '1';
    select.addEventListener('change', schedule);
    nameField(select, 'rank', c);
    const td = el('td'); td.append(select);
    tr.append(th, td);
    return tr;
  }));
}

function swingTable() {
  document.querySelector('#swings tbody').replaceChildren(...facts.criteria.map(c => {
    const tr = el('tr');
    const th = el('th', c.name); th.scope = 'row'; th.title = c.question || '';
    const input = el('input'); input.type = 'number'; input.min = 0; input.max = 100; input.step = 'any'; input.value = 100;
    input.id = 'swing-' + c.id; input.dataset.criterion = c.id;
    input.addEventListener('input', schedule);
    nameField(input, 'swingPoints', c);
    const td = el('td'); td.append(input);
    tr.append(th, td);
    return tr;
  }));
}

// One item per pair, each pair once under the criterion that comes first in the template,
// with its label shown. The choice reads as words: "Fagmiljø: noko viktigare (3)", value
// "3"; the other way round "1/3".
function pairTable() {
  const items = [];
  const words = { 1: 'saaty1', 3: 'saaty3', 5: 'saaty5', 7: 'saaty7', 9: 'saaty9' };
  const wording = (value) => T(words[value] || 'saatyBetween') + ' (' + value + ')';
  facts.criteria.forEach((a, i) => facts.criteria.slice(i + 1).forEach(b => {
    const li = el('li', undefined, 'pair');
    const select = el('select'); select.id = 'pair-' + a.id + '-' + b.id; select.dataset.first = a.id; select.dataset.second = b.id;
    for (let v = 9; v >= 2; v--) { const o = el('option', a.name + ': ' + wording(v)); o.value = String(v); select.append(o); }
    const equal = el('option', wording(1)); equal.value = '1'; select.append(equal);
    for (let v = 2; v <= 9; v++) { const o = el('option', b.name + ': ' + wording(v)); o.value = '1/' + v; select.append(o); }
    select.value = '1';
    select.addEventListener('change', schedule);
    const label = el('label', a.name + ' ' + T('against') + ' ' + b.name); label.htmlFor = select.id;
    li.append(label, select);
    items.push(li);
  }));
  document.getElementById('pairs').replaceChildren(...items);
}

// The form as the server reads it (JudgementForm): only the chosen method's inputs.
function form() {
  const value = (id) => document.getElementById(id).value;
  const body = { member: value('j-member'), municipality: value('j-municipality'), role: value('j-role'), date: value('j-date'),
                 note: value('j-note'), method: method() };
  if (body.method === 'rank') {
    body.rule = value('j-rule');
    body.ranks = Object.fromEntries([...document.querySelectorAll('#ranks select')].map(s => [s.dataset.criterion, Number(s.value)]));
  } else if (body.method === 'swing') {
    // An empty field is left out, so the server names it as missing.
    body.points = Object.fromEntries([...document.querySelectorAll('#swings input')].filter(i => i.value !== '').map(i => [i.dataset.criterion, Number(i.value)]));
  } else {
    body.pairs = {};
    for (const s of document.querySelectorAll('#pairs select')) {
      (body.pairs[s.dataset.first] = body.pairs[s.dataset.first] || {})[s.dataset.second] = s.value;
    }
  }
  return body;
}

function showMethod() {
  for (const kind of ['rank', 'swing', 'pairwise']) document.getElementById(kind + '-box').hidden = kind !== method();
  schedule();
}

// A changed input: its preview follows shortly, and what was about to be announced is dropped.
function schedule() { clearTimeout(timer); clearTimeout(announceTimer); timer = setTimeout(preview, 120); }

const headers = () => ({ 'Content-Type': 'application/json', 'X-Vertsval-Token': TOKEN });

function errorText(e) { return e.message + (e.details && e.details.length ? '\n' + e.details.join('\n') : ''); }

// The polite live region says what the inputs now give, once they have rested for a second
// and only when it differs from what it said last, so typing or stepping through a list
// is not read out at every key. The first preview, on loading, is shown, not announced.
function announce(text) {
  clearTimeout(announceTimer);
  if (announced === null) { announced = text; return; }
  announceTimer = setTimeout(() => {
    if (text === announced) return;
    announced = text;
    document.getElementById('preview-status').textContent = text;
  }, 1000);
}

async function preview() {
  const run = ++previewRun;
  const error = document.getElementById('preview-error');
  try {
    const data = await api('/api/judgement/preview?lang=' + LANG, { method: 'POST', headers: headers(), body: JSON.stringify({ file: FILE, form: form() }) });
    if (run !== previewRun) return;
    error.hidden = true;
    error.textContent = '';
    renderPreview(data);
  } catch (e) {
    if (run !== previewRun) return;
    error.hidden = false;
    error.textContent = errorText(e);
    document.getElementById('preview').classList.add('stale');
    announce(errorText(e));
  }
}

// A table of the preview in a region that scrolls sideways on a narrow screen. A table of
// more than two columns is marked `stacked`: at 320 px (app.css) each of its rows is its
// header on a line of its own and the cells below it, each with its column's name shown
// beside the figure (hidden from screen readers, which name the column from the table). A
// table whose rows are laid out as blocks loses its table semantics in browsers, so the
// stacked table names its roles.
function table(caption, head, rows, numeric) {
  const stacked = head.length > 2;
  const role = (e, name) => { if (stacked) e.setAttribute('role', name); return e; };
  const t = role(el('table', undefined, stacked ? 'stacked' : undefined), 'table');
  const hr = role(el('tr'), 'row');
  head.forEach((h, i) => { const th = role(el('th', h, numeric[i] ? 'num' : undefined), 'columnheader'); th.scope = 'col'; hr.append(th); });
  const thead = role(el('thead'), 'rowgroup'); thead.append(hr);
  const tbody = role(el('tbody'), 'rowgroup');
  for (const row of rows) {
    const tr = role(el('tr'), 'row');
    row.forEach((cell, i) => {
      if (i === 0) { const th = role(el('th', cell), 'rowheader'); th.scope = 'row'; tr.append(th); return; }
      const td = role(el('td', undefined, numeric[i] ? 'num' : undefined), 'cell');
      if (stacked) { const label = el('span', head[i], 'cell-label'); label.setAttribute('aria-hidden', 'true'); td.append(label); }
      td.append(cell);
      tr.append(td);
    });
    tbody.append(tr);
  }
  t.append(thead, tbody);
  const wrap = scrollableTable(t, caption);
  if (stacked) t.setAttribute('aria-labelledby', t.querySelector('caption').id);
  return wrap;
}

function renderPreview(data) {
  const box = document.getElementById('preview');
  box.classList.remove('stale');
  const parts = [];
  const first = el('p');
  first.append(el('strong', T('firstUnderYours') + ' '), data.first.join(', ') || '–');
  parts.push(first);
  // Your weight before the template's, so that it is the column seen first on a narrow screen.
  parts.push(table(T('yourWeights'), [T('criterion'), T('yourWeight'), T('templateWeight')],
    facts.criteria.map(c => [c.name, pct(data.weights[c.id]), pct(c.weight)]), [false, true, true]));
  parts.push(table(T('result'), [T('candidateHeader'), T('total')], data.totals.map(t => [t.name, fmt(t.total)]), [false, true]));
  let summary = T('firstUnderYours') + ' ' + (data.first.join(', ') || '–') + '. ' + T('yourWeights') + ': '
    + facts.criteria.map(c => c.name + ' ' + pct(data.weights[c.id])).join(', ');
  if (data.pairwise) {
    const p = data.pairwise;
    const verdict = p.acceptable ? T('crAcceptable') : T('crTooHigh');
    parts.push(table(T('consistency'), [T('measure'), T('value')], [
      ['λmax', fmt(p.lambdaMax, 3)], [T('consistencyIndex'), fmt(p.consistencyIndex, 3)], [T('randomIndex'), fmt(p.randomIndex, 2)],
      [T('consistencyRatio'), fmt(p.consistencyRatio, 2) + ' – ' + verdict]], [false, true]));
    const sentence = el('p', p.sentence, p.acceptable ? undefined : 'note');
    parts.push(sentence);
    if (p.worst.length) {
      const name = (id) => (facts.criteria.find(c => c.id === id) || { name: id }).name;
      parts.push(table(T('worstJudgements'), [T('pair'), T('givenValue'), T('consistentValue')],
        p.worst.map(w => [name(w.first) + ' ' + T('against') + ' ' + name(w.second), w.given, w.consistent]), [false, true, true]));
    }
    summary += '. ' + T('consistencyRatio') + ' ' + fmt(p.consistencyRatio, 2) + ': ' + verdict;
  }
  box.replaceChildren(...parts);
  announce(summary);
}

async function save() {
  const saved = document.getElementById('saved');
  saved.replaceChildren();
  try {
    const body = { file: FILE, form: form(), fileName: document.getElementById('j-file').value, replace: document.getElementById('j-replace').checked };
    const answer = await api('/api/judgement?lang=' + LANG, { method: 'POST', headers: headers(), body: JSON.stringify(body) });
    const lines = [el('p', T('judgementSaved') + ' ' + answer.path)];
    if (answer.listing === 'added') lines.push(el('p', T('listedAdded')));
    if (answer.listing === 'alreadyListed') lines.push(el('p', T('listedAlready')));
    if (answer.listing === 'addByHand') { lines.push(el('p', T('addByHand'))); lines.push(el('pre', answer.line)); }
    const link = el('a', T('backToCase')); link.href = back.href; lines.push(link);
    saved.replaceChildren(...lines);
    loadFacts(false).catch(showError);
  } catch (e) {
    const box = el('p', errorText(e), 'error');
    saved.replaceChildren(box);
  }
}

function existing() {
  const box = document.getElementById('existing');
  if (!facts.members.length) { box.replaceChildren(); return; }
  const list = el('ul');
  for (const m of facts.members) list.append(el('li', m.member + ' (' + m.municipality + ') – ' + m.file));
  box.replaceChildren(el('p', T('existingMembers')), list);
}

async function loadFacts(build = true) {
  facts = await api('/api/judgement/form?file=' + encodeURIComponent(FILE) + '&lang=' + LANG);
  existing();
  if (!build) return;
  document.getElementById('subtitle').textContent = facts.caseTitle + ' · ' + facts.template;
  document.title = T('judgementTitle') + ' – ' + facts.caseTitle + ' – vertsval';
  const select = document.getElementById('j-municipality');
  const none = el('option', T('chooseMunicipality')); none.value = '';
  select.replaceChildren(none, ...facts.municipalities.map(m => {
    const option = el('option', m.name + (facts.candidates.includes(m.id) ? ' (' + T('candidate') + ')' : ''));
    option.value = m.id;
    return option;
  }));
  document.getElementById('j-date').value = facts.today;
  rankTable();
  swingTable();
  pairTable();
  for (const radio of document.querySelectorAll('input[name="method"]')) radio.addEventListener('change', showMethod);
  document.getElementById('j-rule').addEventListener('change', schedule);
  document.getElementById('j-member').addEventListener('change', schedule);
  document.getElementById('save').addEventListener('click', save);
  showMethod();
}

// A form that cannot be loaded (no such case, or a scenario: a judgement is given for the
// case itself) is not shown; the error says why, and the header links back.
loadFacts().catch((e) => { document.getElementById('judgement-form').hidden = true; showError(e); });
