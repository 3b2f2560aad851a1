'use strict';
const FILE = params.get('file') || '';
let template = null;   // criterion id → template percent
let points = {};       // criterion id → points now
let basePoints = {};   // criterion id → points at load
let timer = null;

function query() {
  const changed = Object.keys(points).filter(id => Math.abs(points[id] - basePoints[id]) > 1e-9);
  const w = changed.map(id => id + '=' + points[id]).join(',');
  return 'file=' + encodeURIComponent(FILE) + '&lang=' + LANG + (w ? '&weights=' + encodeURIComponent(w) : '');
}

function render(data) {
  document.getElementById('title').textContent = data.case.title;
  document.getElementById('subtitle').textContent = data.template.title + ' · ' + data.template.version;
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
  bars.setAttribute('aria-label', data.candidates.map(c => c.name + ' ' + fmt(c.total)).join(', '));
  bars.replaceChildren(legend, ...rows);
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
      clearTimeout(timer);
      timer = setTimeout(refresh, 60);
    });
    wrap.append(label, input, out);
    box.append(wrap);
  }
}

async function refresh() {
  try { render(await api('/api/case/evaluate?' + query())); } catch (e) { showError(e); }
}

async function start() {
  const data = await api('/api/case/evaluate?file=' + encodeURIComponent(FILE) + '&lang=' + LANG);
  // The sliders move points, as the template and `--weight` do; they are normalised.
  for (const c of data.criteria) { points[c.id] = data.weightPoints[c.id]; }
  basePoints = { ...points };
  sliders(data);
  render(data);
}

document.getElementById('reset').addEventListener('click', () => { points = { ...basePoints }; start().catch(showError); });
document.getElementById('run-smaa').addEventListener('click', async () => {
  const box = document.getElementById('smaa');
  box.textContent = T('working');
  try {
    const spread = document.getElementById('spread').value;
    const data = await api('/api/case/sensitivity?' + query() + '&spread=' + encodeURIComponent(spread) + '&samples=50000');
    const rows = Object.keys(data.rankAcceptability).map(id => {
      const row = el('div', undefined, 'bar-row');
      const bar = el('div', undefined, 'bar');
      data.rankAcceptability[id].forEach((share, rank) => {
        const part = el('span'); part.style.width = (100 * share) + '%'; part.style.background = PALETTE[rank % PALETTE.length];
        part.title = T('rank') + ' ' + (rank + 1) + ': ' + pct(100 * share); bar.append(part);
      });
      row.append(el('span', id), bar, el('span', pct(100 * data.rankAcceptability[id][0], 0), 'num'));
      return row;
    });
    box.replaceChildren(...data.explanation.map(s => el('p', s)), ...rows);
  } catch (e) { box.textContent = ''; showError(e); }
});
document.getElementById('save').addEventListener('click', async () => {
  const saved = document.getElementById('saved');
  try {
    const body = { file: FILE, id: document.getElementById('sc-id').value, title: document.getElementById('sc-title').value,
                   reason: document.getElementById('sc-reason').value,
                   weights: Object.fromEntries(Object.keys(points).filter(id => points[id] !== basePoints[id]).map(id => [id, points[id]])) };
    const headers = { 'Content-Type': 'application/json', 'X-Vertsval-Token': TOKEN };
    const answer = await api('/api/case/scenario?lang=' + LANG, { method: 'POST', headers, body: JSON.stringify(body) });
    saved.textContent = T('saved') + answer.path;
  } catch (e) { saved.textContent = e.message; }
});
start().catch(showError);
