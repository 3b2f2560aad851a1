'use strict';
const FILE = params.get('file') || '';
let template = null;   // criterion id → template percent
let points = {};       // criterion id → points now
let basePoints = {};   // criterion id → points at load
let timer = null;
let names = {};        // municipality id → name, from the last evaluation
let order = null;      // the ranking last shown, as text, to announce when it changes
let scores = {};       // 'candidate.criterion' → level or value now
let baseScores = {};   // 'candidate.criterion' → the case's level or value

// The weights that differ from the case's, as `id=points,…` (the syntax of `--weight`).
function changedWeights() {
  return Object.keys(points).filter(id => Math.abs(points[id] - basePoints[id]) > 1e-9).map(id => id + '=' + points[id]).join(',');
}

// The scores that differ from the case's, as `candidate.criterion=level,…` (the syntax of `--score`).
function changedScores() {
  return Object.keys(scores).filter(key => scores[key] !== baseScores[key]).map(key => key + '=' + scores[key]).join(',');
}

function state() {
  const w = changedWeights();
  const s = changedScores();
  return 'file=' + encodeURIComponent(FILE) + (w ? '&weights=' + encodeURIComponent(w) : '') + (s ? '&scores=' + encodeURIComponent(s) : '');
}

// The score table: a criterion scored by hand per row, a candidate per column; a scale's
// level is chosen from its wording, a measure typed in. A changed cell is marked.
function scoreTable(data) {
  const handScored = data.criteria.filter(c => !c.computed);
  const head = el('tr');
  head.append(el('th', T('criterion')));
  for (const c of data.candidates) { const th = el('th', c.name); th.scope = 'col'; head.append(th); }
  document.querySelector('#scores thead').replaceChildren(head);
  document.querySelector('#scores tbody').replaceChildren(...handScored.map(crit => {
    const tr = el('tr');
    const th = el('th', crit.name); th.scope = 'row'; tr.append(th);
    for (const cand of data.candidates) {
      const key = cand.municipality + '.' + crit.id;
      const td = el('td');
      let input;
      if (crit.levels.length) {
        input = el('select');
        for (const level of crit.levels) {
          const option = el('option', level.level + ' = ' + level.label);
          option.value = String(level.level);
          input.append(option);
        }
      } else {
        input = el('input'); input.type = 'number'; input.step = 'any'; input.size = 6;
      }
      input.value = String(scores[key]);
      // A changed cell is drawn bold with a border, and says so in its name.
      const mark = () => {
        const changed = scores[key] !== baseScores[key];
        td.classList.toggle('changed', changed);
        input.setAttribute('aria-label', crit.name + ', ' + cand.name + (changed ? ' (' + T('changedFrom') + ' ' + baseScores[key] + ')' : ''));
      };
      // The chosen level's whole wording, also when the cell is too narrow to show it.
      const wording = () => { const chosen = crit.levels.find(l => String(l.level) === input.value); input.title = chosen ? chosen.level + ' = ' + chosen.label : ''; };
      wording();
      mark();
      input.addEventListener('change', () => {
        const number = Number(input.value);
        if (!Number.isFinite(number)) return;
        scores[key] = number;
        wording();
        mark();
        markRobustnessStale();
        refresh();
      });
      td.append(input);
      tr.append(td);
    }
    return tr;
  }));
}

function query() { return state() + '&lang=' + LANG; }

// A robustness result belongs to the weights it was computed for: when they move, it is
// marked as earlier and offered again.
function markRobustnessStale() {
  const box = document.getElementById('smaa');
  if (!box.children.length || box.classList.contains('stale')) return;
  box.classList.add('stale');
  const note = el('p', T('staleRobustness') + ' ', 'stale-note');
  const again = el('button', T('recompute'));
  again.addEventListener('click', runRobustness);
  note.append(again);
  box.prepend(note);
}

function render(data) {
  document.getElementById('title').textContent = data.case.title;
  document.title = data.case.title + ' – vertsval';
  names = Object.fromEntries(data.candidates.map(c => [c.municipality, c.name]));
  showWhatIf(data.provenance);
  const label = data.provenance.scenario ? 'downloadScenario' : (data.provenance.whatIf ? 'downloadDraft' : 'download');
  document.getElementById('download-label').textContent = T(label);
  keepInAddress(state());
  document.getElementById('subtitle').textContent = data.template.title + ' · ' + data.template.version;
  document.getElementById('recommendation').textContent = data.explanation.recommendation;
  document.getElementById('summary').textContent = data.explanation.summary;
  const why = document.getElementById('why');
  why.replaceChildren(...data.explanation.whyLeader.concat(data.explanation.exclusions).map(s => el('p', s)));
  const change = document.getElementById('change');
  change.replaceChildren(...data.explanation.whatWouldChange.concat(data.explanation.weights).map(s => el('p', s)));
  // Contributions as stacked bars, one row per candidate.
  const bars = document.getElementById('bars');
  const legend = el('div', undefined, 'legend');
  data.criteria.forEach((c, i) => { const item = el('span'); const box = el('i'); box.style.background = PALETTE[i % PALETTE.length]; item.append(box, c.name); legend.append(item); });
  const rows = data.candidates.map(c => {
    const row = el('div', undefined, 'bar-row');
    const bar = el('div', undefined, 'bar');
    data.criteria.forEach((crit, i) => {
      const part = el('span');
      part.style.width = (c.contributions[crit.id] || 0) + '%';
      part.style.background = PALETTE[i % PALETTE.length];
      part.title = crit.name + ': ' + fmt(c.contributions[crit.id] || 0);
      bar.append(part);
    });
    row.append(el('span', (c.rank ? c.rank + '. ' : '– ') + c.name), bar, el('span', fmt(c.total), 'num'));
    return row;
  });
  bars.setAttribute('role', 'img');
  bars.setAttribute('aria-label', T('contributions') + ': ' + data.candidates.map(c => c.name + ' ' + fmt(c.total)).join(', '));
  // The numbers of the chart, for readers who cannot tell its colours apart or see it.
  const table = numbersTable(T('contributions'), [T('candidateHeader')].concat(data.criteria.map(c => c.name), [T('total')]),
    data.candidates.map(c => [(c.rank ? c.rank + '. ' : '– ') + c.name].concat(data.criteria.map(crit => fmt(c.contributions[crit.id] || 0)), [fmt(c.total)])));
  const open = document.querySelector('#bars + details.numbers');
  if (open) { table.open = open.open; open.remove(); }
  bars.replaceChildren(legend, ...rows);
  bars.after(table);
  announceRanking(data);
  const body = document.querySelector('#swaps tbody');
  body.replaceChildren(...data.swaps.map(s => {
    const tr = el('tr');
    const name = data.criteria.find(c => c.id === s.criterion).name;
    tr.append(el('td', name), el('td', pct(s.weightNow), 'num'), el('td', s.weightAtSwap === null ? T('never') : pct(s.weightAtSwap), 'num'));
    return tr;
  }));
  const notices = document.getElementById('notices');
  if (!notices.children.length) notices.append(...data.notices.map(text => el('p', text, 'note')));
  for (const id of ['pdf', 'html', 'md']) document.getElementById(id).href = '/api/case/report?format=' + id + '&' + query();
  loadMembers(Boolean(data.provenance.scenario));
}

// Says in the polite live region when the order of the candidates changes (not on the
// first result): "New ranking: 1. A (68.6), 2. B (63.1)".
function announceRanking(data) {
  const ranked = data.candidates.filter(c => c.rank).sort((a, b) => a.rank - b.rank);
  const now = ranked.map(c => c.rank + '. ' + c.name + ' (' + fmt(c.total) + ' ' + T('points') + ')').join(', ');
  const names = ranked.map(c => c.municipality).join(',');
  if (order !== null && order !== names) document.getElementById('ranking-status').textContent = T('rankingChanged') + ' ' + now;
  order = names;
}

// What a weight slider says to assistive technology: its points, its share of all points,
// and, when moved, what it was.
function sliderText(id) {
  const sum = Object.values(points).reduce((a, b) => a + b, 0);
  let text = fmt(points[id], 0) + ' ' + T('points') + ' (' + pct(sum > 0 ? 100 * points[id] / sum : 0) + ')';
  if (points[id] !== basePoints[id]) text += ', ' + T('changedFrom') + ' ' + fmt(basePoints[id], 0);
  return text;
}

function updateSliderTexts() {
  for (const id of Object.keys(points)) {
    const input = document.getElementById('w-' + id);
    if (input) input.setAttribute('aria-valuetext', sliderText(id));
  }
}

function sliders(data) {
  const box = document.getElementById('sliders');
  box.replaceChildren();
  for (const c of data.criteria) {
    const wrap = el('div', undefined, 'slider');
    const id = 'w-' + c.id;
    const label = el('label', c.name); label.htmlFor = id;
    const input = el('input'); input.type = 'range'; input.min = 0; input.max = 50; input.step = 1; input.id = id;
    input.value = points[c.id];
    const out = el('output', fmt(points[c.id], 0)); out.htmlFor = id;
    input.addEventListener('input', () => {
      points[c.id] = Number(input.value);
      out.textContent = fmt(points[c.id], 0);
      wrap.classList.toggle('changed', points[c.id] !== basePoints[c.id]);
      updateSliderTexts();
      markRobustnessStale();
      clearTimeout(timer);
      timer = setTimeout(refresh, 60);
    });
    wrap.append(label, input, out);
    box.append(wrap);
  }
  updateSliderTexts();
}

// The members' own judgements, as the report shows them (the server's MembersReport): they
// depend on the scores tried, not on the sliders, so they are fetched again only when the
// scores change.
let membersFor = null;
async function loadMembers(isScenario) {
  // A judgement is given for a case, not for a scenario: a scenario's page says so and has
  // no link to the judgement page (which would refuse it).
  const link = document.getElementById('enter-judgement');
  link.hidden = isScenario;
  if (isScenario) link.removeAttribute('href'); else link.href = '/judgement?file=' + encodeURIComponent(FILE) + '&lang=' + LANG;
  document.getElementById('judgement-for-case').hidden = !isScenario;
  const scoresNow = changedScores();
  if (membersFor === scoresNow) return;
  membersFor = scoresNow;
  const box = document.getElementById('members');
  try {
    const data = await api('/api/case/members?file=' + encodeURIComponent(FILE) + (scoresNow ? '&scores=' + encodeURIComponent(scoresNow) : '') + '&lang=' + LANG);
    if (!data.blocks.length) { box.replaceChildren(el('p', T('noMembers'), 'muted')); return; }
    box.replaceChildren(...data.blocks.filter(b => !(b.type === 'heading' && b.level === 1)).map(block));
  } catch (e) { box.replaceChildren(el('p', e.message, 'error')); }
}

// One block of a report part, laid out with the page's own markup.
function block(b) {
  if (b.type === 'heading') return el('h3', b.text);
  if (b.type === 'note') { const p = el('p', undefined, 'note'); p.append(el('strong', b.label + ': '), b.text); return p; }
  if (b.type === 'bullets' || b.type === 'keyFigures') { const ul = el('ul'); for (const item of b.items) ul.append(el('li', item)); return ul; }
  if (b.type === 'chart') {
    const figure = el('figure', undefined, 'chart');
    const img = el('img'); img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(b.svg); img.alt = b.altText;
    figure.append(el('figcaption', b.text), img);
    return figure;
  }
  if (b.type === 'table') {
    const table = el('table', undefined, 'report');
    const head = el('tr');
    b.columns.forEach((c, i) => { const th = el('th', c, b.trailing[i] ? 'num' : undefined); th.scope = 'col'; head.append(th); });
    const thead = el('thead'); thead.append(head);
    const row = (cells) => { const tr = el('tr'); cells.forEach((c, i) => tr.append(el('td', c, b.trailing[i] ? 'num' : undefined))); return tr; };
    const tbody = el('tbody'); tbody.append(...b.rows.map(row));
    table.append(thead, tbody);
    if (b.footer.length) { const tfoot = el('tfoot'); tfoot.append(...b.footer.map(row)); table.append(tfoot); }
    // On a narrow screen the table scrolls in its own region, named by its caption (or,
    // without one, by the section's heading), as the page's other tables do.
    return scrollableTable(table, b.caption || T('members'));
  }
  return el('p', b.text);
}

async function refresh() {
  try { render(await api('/api/case/evaluate?' + query())); } catch (e) { showError(e); }
}

// Loads the case as it stands, then applies the weights in the address (`weights=id=points,…`).
async function start(fromAddress = true) {
  const data = await api('/api/case/evaluate?file=' + encodeURIComponent(FILE) + '&lang=' + LANG);
  // The sliders move points, as the template and `--weight` do; they are normalised.
  for (const c of data.criteria) { points[c.id] = data.weightPoints[c.id]; }
  basePoints = { ...points };
  const asked = fromAddress ? (params.get('weights') || '') : '';
  for (const item of asked.split(',').filter(Boolean)) {
    const [id, value] = item.split('=');
    const number = Number(value);
    if (id in points && Number.isFinite(number) && number >= 0) points[id] = number;
  }
  scores = {};
  for (const cand of data.candidates) {
    for (const crit of data.criteria.filter(c => !c.computed)) {
      if (crit.id in cand.scores) scores[cand.municipality + '.' + crit.id] = cand.scores[crit.id];
    }
  }
  baseScores = { ...scores };
  const tried = fromAddress ? (params.get('scores') || '') : '';
  for (const item of tried.split(',').filter(Boolean)) {
    const [key, value] = item.split('=');
    const number = Number(value);
    if (key in scores && Number.isFinite(number)) scores[key] = number;
  }
  scoreTable(data);
  sliders(data);
  for (const id of Object.keys(points)) {
    const wrap = document.getElementById('w-' + id).parentElement;
    wrap.classList.toggle('changed', points[id] !== basePoints[id]);
  }
  if (changedWeights() || changedScores()) await refresh(); else render(data);
}

document.getElementById('reset').addEventListener('click', () => { markRobustnessStale(); start(false).catch(showError); });
document.getElementById('run-smaa').addEventListener('click', runRobustness);

async function runRobustness() {
  const box = document.getElementById('smaa');
  box.classList.remove('stale');
  box.textContent = T('working');
  try {
    const spread = document.getElementById('spread').value;
    const data = await api('/api/case/sensitivity?' + query() + '&spread=' + encodeURIComponent(spread));
    const places = Object.keys(data.rankAcceptability).length;
    const legend = el('div', undefined, 'legend');
    legend.append(el('span', T('rankLegend')));
    for (let rank = 0; rank < places; rank++) {
      const item = el('span'); const swatch = el('i'); swatch.style.background = PALETTE[rank % PALETTE.length];
      item.append(swatch, T('rank') + ' ' + (rank + 1)); legend.append(item);
    }
    const rows = Object.keys(data.rankAcceptability).map(id => {
      const row = el('div', undefined, 'bar-row');
      const bar = el('div', undefined, 'bar');
      data.rankAcceptability[id].forEach((share, rank) => {
        const part = el('span'); part.style.width = (100 * share) + '%'; part.style.background = PALETTE[rank % PALETTE.length];
        part.title = T('rank') + ' ' + (rank + 1) + ': ' + pct(100 * share); bar.append(part);
      });
      const name = names[id] || id;
      bar.setAttribute('role', 'img');
      bar.setAttribute('aria-label', name + ': ' + T('firstIn') + ' ' + pct(100 * data.rankAcceptability[id][0], 0));
      row.append(el('span', name), bar, el('span', pct(100 * data.rankAcceptability[id][0], 0), 'num'));
      return row;
    });
    const ranks = Array.from({ length: places }, (_, rank) => T('rank') + ' ' + (rank + 1));
    const table = numbersTable(T('robustness'), [T('candidateHeader')].concat(ranks),
      Object.keys(data.rankAcceptability).map(id => [names[id] || id].concat(data.rankAcceptability[id].map(share => pct(100 * share)))));
    box.replaceChildren(...data.explanation.map(s => el('p', s)), legend, ...rows, table);
  } catch (e) { box.textContent = ''; showError(e); }
}
document.getElementById('save').addEventListener('click', async () => {
  const saved = document.getElementById('saved');
  try {
    const body = { file: FILE, id: document.getElementById('sc-id').value, title: document.getElementById('sc-title').value,
                   reason: document.getElementById('sc-reason').value,
                   weights: Object.fromEntries(Object.keys(points).filter(id => points[id] !== basePoints[id]).map(id => [id, points[id]])),
                   scores: changedScores() };
    const headers = { 'Content-Type': 'application/json', 'X-Vertsval-Token': TOKEN };
    const answer = await api('/api/case/scenario?lang=' + LANG, { method: 'POST', headers, body: JSON.stringify(body) });
    saved.textContent = T('saved') + answer.path;
  } catch (e) { saved.textContent = e.message; }
});
start().catch(showError);
