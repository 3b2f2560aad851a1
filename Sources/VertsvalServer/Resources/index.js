(async () => {
  const files = await api('/api/files');
  const list = (kind) => files.filter(f => f.kind === kind || (kind === 'case' && f.kind === 'scenario'));
  for (const [id, kind, page] of [['cases', 'case', '/case'], ['portfolios', 'portfolio', '/portfolio']]) {
    const ul = document.getElementById(id);
    for (const f of list(kind)) {
      const li = el('li');
      const a = el('a', f.title);
      a.href = page + '?file=' + encodeURIComponent(f.path) + '&lang=' + LANG;
      li.append(a, el('span', ' ' + f.path + (f.kind === 'scenario' ? ' · ' + T('scenario') : ''), 'muted'));
      ul.append(li);
    }
    if (!ul.children.length) ul.append(el('li', T('none'), 'muted'));
  }
})().catch(showError);
