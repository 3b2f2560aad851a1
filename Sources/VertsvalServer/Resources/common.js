'use strict';
const params = new URLSearchParams(location.search);
const LANG = ['nn', 'nb', 'en'].includes(params.get('lang')) ? params.get('lang') : 'nn';
document.documentElement.lang = LANG;
// The secret of this start, which only the workbench's own pages carry; sent back with writes.
const TOKEN = (document.querySelector('meta[name="vertsval-token"]') || {}).content || '';
const TEXTS = {
  nn: { title: 'vertsval', tagline: 'Vurder kandidatar til vertskommune, og fordel tenester under reglar for balanse.',
        cases: 'Saker', portfolios: 'Porteføljar', none: 'Ingen filer funne.', scenario: 'scenario', back: '← Alle saker',
        weights: 'Vekter', weightsHelp: 'Flytt ei vekt for å sjå rangeringa endre seg. Endringane gjeld berre her til du lagrar eit scenario; malen og saka blir aldri endra.',
        reset: 'Tilbake til malen', result: 'Resultat', swaps: 'Vekta der dei to første byter plass', criterion: 'Kriterium',
        weightNow: 'Vekt no', swapAt: 'Byter ved', never: 'aldri', robustness: 'Kor robust er resultatet?', spread: 'Vektusikkerheit ±',
        runSmaa: 'Rekn ut', saveScenario: 'Lagre som scenario', saveHelp: 'Scenarioet blir lagra som ei ny fil ved sida av saka. Grunngjeving er påkravd.',
        scenarioId: 'Id (små bokstavar og bindestrek)', scenarioTitle: 'Tittel', scenarioReason: 'Grunngjeving', save: 'Lagre',
        download: 'Last ned rapport', rules: 'Reglar', rulesHelp: 'Slå av ein regel for å sjå kva han kostar.', assignment: 'Fordeling',
        service: 'Teneste', fte: 'Årsverk', host: 'Vertskommune', value: 'Verdi', runnerUp: 'Nest best', rank: 'Rang',
        points: 'poeng', saved: 'Lagra: ', total: 'Total', decided: 'vedteke', conflicts: 'Reglane kan ikkje haldast samstundes', working: 'Reknar …' },
  nb: { title: 'vertsval', tagline: 'Vurder kandidater til vertskommune, og fordel tjenester under regler for balanse.',
        cases: 'Saker', portfolios: 'Porteføljer', none: 'Ingen filer funnet.', scenario: 'scenario', back: '← Alle saker',
        weights: 'Vekter', weightsHelp: 'Flytt en vekt for å se rangeringen endre seg. Endringene gjelder bare her til du lagrer et scenario; malen og saken blir aldri endret.',
        reset: 'Tilbake til malen', result: 'Resultat', swaps: 'Vekten der de to første bytter plass', criterion: 'Kriterium',
        weightNow: 'Vekt nå', swapAt: 'Bytter ved', never: 'aldri', robustness: 'Hvor robust er resultatet?', spread: 'Vektusikkerhet ±',
        runSmaa: 'Regn ut', saveScenario: 'Lagre som scenario', saveHelp: 'Scenarioet blir lagret som en ny fil ved siden av saken. Begrunnelse er påkrevd.',
        scenarioId: 'Id (små bokstaver og bindestrek)', scenarioTitle: 'Tittel', scenarioReason: 'Begrunnelse', save: 'Lagre',
        download: 'Last ned rapport', rules: 'Regler', rulesHelp: 'Slå av en regel for å se hva den koster.', assignment: 'Fordeling',
        service: 'Tjeneste', fte: 'Årsverk', host: 'Vertskommune', value: 'Verdi', runnerUp: 'Nest best', rank: 'Rang',
        points: 'poeng', saved: 'Lagret: ', total: 'Total', decided: 'vedtatt', conflicts: 'Reglene kan ikke holdes samtidig', working: 'Regner …' },
  en: { title: 'vertsval', tagline: 'Assess candidate host municipalities, and assign services under balance rules.',
        cases: 'Cases', portfolios: 'Portfolios', none: 'No files found.', scenario: 'scenario', back: '← All cases',
        weights: 'Weights', weightsHelp: 'Move a weight to see the ranking change. Changes stay here until you save a scenario; the template and the case are never changed.',
        reset: 'Back to the template', result: 'Result', swaps: 'The weight at which the first two swap', criterion: 'Criterion',
        weightNow: 'Weight now', swapAt: 'Swap at', never: 'never', robustness: 'How robust is the result?', spread: 'Weight uncertainty ±',
        runSmaa: 'Compute', saveScenario: 'Save as scenario', saveHelp: 'The scenario is saved as a new file next to the case. A reason is required.',
        scenarioId: 'Id (lower case and hyphens)', scenarioTitle: 'Title', scenarioReason: 'Reason', save: 'Save',
        download: 'Download report', rules: 'Rules', rulesHelp: 'Switch a rule off to see what it costs.', assignment: 'Assignment',
        service: 'Service', fte: 'FTE', host: 'Host', value: 'Value', runnerUp: 'Runner-up', rank: 'Rank',
        points: 'points', saved: 'Saved: ', total: 'Total', decided: 'decided', conflicts: 'The rules cannot all hold', working: 'Computing …' },
};
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
