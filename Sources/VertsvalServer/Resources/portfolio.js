'use strict';
const FILE = params.get('file') || '';
// Rules switched off, from the address first (`off=balance,together:a+b`).
const off = new Set((params.get('off') || '').split(',').filter(Boolean));

function state() {
  return 'file=' + encodeURIComponent(FILE) + (off.size ? '&off=' + encodeURIComponent([...off].join(',')) : '');
}

async function refresh() {
  const summary = document.getElementById('summary');
  summary.textContent = T('working');
  try {
    const data = await api('/api/portfolio/optimize?' + state() + '&lang=' + LANG);
    const r = data.result;
    document.getElementById('title').textContent = data.title;
    document.title = data.title + ' – vertsval';
    keepInAddress(state());
    showWhatIf(r.provenance);
    const notices = document.getElementById('notices');
    notices.replaceChildren(...r.notices.map(text => el('p', text, 'note')));
    document.getElementById('download-label').textContent = T(r.provenance.whatIf ? 'downloadDraftRules' : 'download');
    for (const id of ['pdf', 'html', 'md']) {
      document.getElementById(id).href = '/api/portfolio/report?format=' + id + '&' + state() + '&lang=' + LANG;
    }
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
      const input = el('input'); input.type = 'checkbox'; input.checked = rule.on; input.dataset.rule = rule.id;
      input.addEventListener('change', () => { if (input.checked) off.delete(rule.id); else off.add(rule.id); refresh(); });
      label.append(input, ' ' + rule.label);
      return label;
    }));
  } catch (e) { summary.textContent = ''; showError(e); }
}
refresh();
