'use strict';
const FILE = params.get('file') || '';
const off = new Set();

async function refresh() {
  const summary = document.getElementById('summary');
  summary.textContent = T('working');
  const q = 'file=' + encodeURIComponent(FILE) + '&lang=' + LANG + (off.size ? '&off=' + encodeURIComponent([...off].join(',')) : '');
  try {
    const data = await api('/api/portfolio/optimize?' + q);
    const r = data.result;
    document.getElementById('title').textContent = data.title;
    const name = (id) => data.names[id] || id;
    summary.replaceChildren(...r.explanation.summary.map(s => el('p', s)));
    if (r.conflicts.length) {
      const box = el('div'); box.append(el('h3', T('conflicts')), ...r.explanation.conflicts.map(s => el('p', s)));
      summary.append(box);
    }
    const body = document.querySelector('#assignment tbody');
    body.replaceChildren(...r.assignment.map(a => {
      const tr = el('tr');
      tr.append(el('td', a.name), el('td', fmt(a.fte), 'num'), el('td', name(a.host) + (a.decided ? ' (' + T('decided') + ')' : '')),
                el('td', a.decided ? '–' : fmt(a.value), 'num'), el('td', a.runnerUp ? name(a.runnerUp) + ' (' + fmt(a.runnerUpValue) + ')' : '–'));
      return tr;
    }));
    document.getElementById('explain').replaceChildren(
      ...r.explanation.bindingRules.concat(r.explanation.displaced, r.explanation.alternatives).map(s => el('p', s)));
    const box = document.getElementById('switches');
    box.replaceChildren(...data.rules.map(rule => {
      const label = el('label', undefined, 'switch');
      const input = el('input'); input.type = 'checkbox'; input.checked = rule.on;
      input.addEventListener('change', () => { if (input.checked) off.delete(rule.id); else off.add(rule.id); refresh(); });
      label.append(input, ' ' + rule.label);
      return label;
    }));
  } catch (e) { summary.textContent = ''; showError(e); }
}
document.getElementById('pdf').addEventListener('click', (event) => {
  event.currentTarget.href = '/api/portfolio/report?file=' + encodeURIComponent(FILE) + '&lang=' + LANG
    + (off.size ? '&off=' + encodeURIComponent([...off].join(',')) : '');
});
refresh();
