// Project Ledger's pages: one page, routed by the address's fragment, reading only the read API.
//   #/                                   the portfolio
//   #/projects/{id}                      the project's dashboard (live)
//   #/projects/{id}/schedule             the Gantt
//   #/projects/{id}/audit                the audit trail, the as-of slider, the chain's verification
//   #/projects/{id}/stakeholders[/{sid}] the stakeholders and each one's timeline
//   #/projects/{id}/files                plan import (with its dry run) and exports
//   #/projects/{id}/registers[?asOf=]    issues, owners and deliverables, risks, reserve, lessons
//   #/projects/{id}/report               the end-project report (printable, CSV)

import * as api from './api.js';
import { gantt, linkLabel, linksOf, sCurve } from './charts.js';
import { announce, h, index, instant, money, rag, replace, table } from './dom.js';
import { registersView, reportView } from './registers.js';

const main = document.getElementById('main');
let leaving = [];

// The portfolio's columns and filters: declared before route() runs, which may show the portfolio
// at once (a sign-in through the provider arrives with its token).
const STATES = ['CHARTERED', 'EXECUTING', 'IN_MAINTENANCE', 'CLOSED'];
const PORTFOLIO_COLUMNS = [
  ['code', 'Code'], ['name', 'Name'], ['state', 'State'], ['rag', 'RAG'], ['bac', 'BAC'],
  ['ac', 'AC'], ['eac', 'EAC'], ['cpi', 'CPI'], ['spi', 'SPI'], ['nextMilestoneDue', 'Next milestone'],
  ['exceptions', 'Exceptions'],
];
const PORTFOLIO_PAGE_SIZE = 50;
const portfolioState = { sort: 'code', descending: false, text: '', state: '', exceptionsOnly: false };

function onLeave(stop) {
  leaving.push(stop);
}

window.addEventListener('hashchange', route);
window.addEventListener('ledger:signed-out', () => route());
document.getElementById('sign-out').addEventListener('click', async () => {
  const before = api.signOut();
  if (before?.provider) {
    // Signed in through the provider: end the session there too, coming back to the pages.
    const { providers } = await api.signInChoices();
    const provider = providers.find((p) => p.id === before.provider);
    if (provider?.signOut) {
      location.assign(provider.signOut);
      return;
    }
  }
  location.hash = '#/';
  route();
});
// A tab reloaded while signed in renews its token before it runs out, as a fresh sign-in does.
api.scheduleRenewal();
route();

/**
 * The end of a sign-in through the identity provider: the token comes in the address's fragment,
 * which is taken out of the address and the history at once. In the small window of a fresh
 * sign-in for a signed act, it goes to the tab that opened it, which closes the window.
 */
function providerSignInEnd() {
  const hash = location.hash;
  const ended = hash.startsWith('#/signed-in?') ? 'ledger:signed-in'
    : hash.startsWith('#/sign-in-refused?') ? 'ledger:sign-in-refused' : null;
  if (!ended) {
    return null;
  }
  const query = hash.slice(hash.indexOf('?') + 1);
  const params = new URLSearchParams(query);
  history.replaceState(null, '', `${location.pathname}#/`);
  if (window.opener && window.name === 'ledger-sign-in') {
    // The tab that opened this window takes the token and closes it.
    window.opener.postMessage({ type: ended, params: query, reason: params.get('reason') }, location.origin);
    replace(main, h('p', { role: 'status' }, 'Signed in again: back to the form…'));
    return { closing: true };
  }
  if (ended === 'ledger:signed-in') {
    api.adoptProviderSignIn(params);
    return { signedIn: true };
  }
  return { refused: params.get('reason') };
}

async function route() {
  leaving.forEach((stop) => stop());
  leaving = [];
  const ended = providerSignInEnd();
  if (ended?.closing) {
    return;
  }
  const current = api.session();
  const who = document.getElementById('who');
  who.hidden = !current;
  document.getElementById('who-name').textContent = current ? `Signed in as ${current.user}` : '';
  if (!current) {
    return signInView(ended?.refused);
  }
  const parts = location.hash.split('?')[0].replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  try {
    if (parts[0] === 'projects' && parts[1]) {
      const [, id, tab, sub] = parts;
      await projectView(id, tab || 'dashboard', sub);
    } else {
      await portfolioView();
    }
  } catch (error) {
    showProblem(main, error);
  }
}

function showProblem(container, error) {
  const message = error instanceof api.Problem
    ? `${error.status} ${error.code || ''}: ${error.message}`
    : `Something went wrong: ${error.message}`;
  replace(container, h('div', { class: 'problem', role: 'alert' }, message));
}

function focusHeading() {
  const heading = main.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
}

// ---------------------------------------------------------------- sign in

/**
 * Sign in: with a name and password where the service has configured users, and through each
 * identity provider the deployment registered (a button each; the provider's own page follows).
 */
async function signInView(refused) {
  document.title = 'Sign in · Project Ledger';
  const choices = await api.signInChoices();
  const error = h('p', { class: 'problem', role: 'alert', hidden: !refused },
    refused ? `The identity provider's sign-in was refused: ${refused}` : '');
  const parts = [h('h1', { id: 'sign-in-title' }, 'Sign in to Project Ledger'), error];
  if (choices.providers.length) {
    parts.push(h('div', { class: 'providers' },
      choices.providers.map((p) => h('a', { class: 'button', href: p.signIn, id: `sign-in-${p.id}` }, `Sign in with ${p.name}`))));
  }
  let user = null;
  if (choices.passwords) {
    user = h('input', { id: 'user', name: 'user', autocomplete: 'username', required: true });
    const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
    const form = h('form', { class: 'sign-in-form', 'aria-label': 'Sign in with a password' },
      choices.providers.length ? h('h2', {}, 'Or with a name and password') : null,
      h('p', {}, 'Use the name and password you use for the API.'),
      h('label', { for: 'user' }, 'User name'), user,
      h('label', { for: 'password' }, 'Password'), password,
      h('button', { type: 'submit', id: 'sign-in' }, 'Sign in'));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      error.hidden = true;
      try {
        await api.signIn(user.value, password.value);
        route();
      } catch (problem) {
        error.textContent = problem.status === 401
          ? 'That name and password do not match a user.'
          : `Could not sign in: ${problem.message}`;
        error.hidden = false;
        password.focus();
      }
    });
    parts.push(form);
  }
  replace(main, h('section', { class: 'sign-in', 'aria-labelledby': 'sign-in-title' }, ...parts));
  (user || main.querySelector('.providers a'))?.focus();
}

// ---------------------------------------------------------------- portfolio

function exceptions(row) {
  const found = [];
  if (!row.withinTolerance) {
    found.push('tolerance breached');
  }
  if (row.openChangeRequests > 0) {
    found.push(`${row.openChangeRequests} open change request${row.openChangeRequests > 1 ? 's' : ''}`);
  }
  if (row.rag === 'RED') {
    found.push('reported red');
  }
  return found;
}

/**
 * The portfolio, a page at a time: the server filters, sorts (any column, figures included) and
 * pages it by cursor, so the page reads 50 rows whatever the portfolio's size.
 */
async function portfolioView() {
  document.title = 'Portfolio · Project Ledger';
  // The cursors of the pages before this one: Previous goes back to the one before it.
  let cursors = [];
  let cursor = null;
  let request = 0;
  const body = h('div');
  const text = h('input', { id: 'filter-text', type: 'search', value: portfolioState.text, placeholder: 'code or name' });
  const state = h('select', { id: 'filter-state' },
    h('option', { value: '' }, 'every state'),
    STATES.map((s) => h('option', { value: s, selected: portfolioState.state === s }, s)));
  const only = h('input', { id: 'filter-exceptions', type: 'checkbox', checked: portfolioState.exceptionsOnly });
  const load = async () => {
    const mine = ++request;
    const answer = await api.get('/api/projects', {
      sort: portfolioState.sort + (portfolioState.descending ? ',desc' : ''),
      state: portfolioState.state,
      q: portfolioState.text,
      exceptions: portfolioState.exceptionsOnly ? 'true' : '',
      size: PORTFOLIO_PAGE_SIZE,
      cursor,
    });
    if (mine !== request) {
      return; // a later request owns the table
    }
    const first = cursors.length * PORTFOLIO_PAGE_SIZE + 1;
    const pager = {
      from: first,
      previous: cursors.length ? () => { cursor = cursors.pop(); load(); } : null,
      next: answer.nextCursor ? () => { cursors.push(cursor); cursor = answer.nextCursor; load(); } : null,
    };
    replace(body, portfolioTable(answer.items, pager, () => { cursors = []; cursor = null; return load(); }));
  };
  const refilter = () => {
    portfolioState.text = text.value.trim();
    portfolioState.state = state.value;
    portfolioState.exceptionsOnly = only.checked;
    cursors = [];
    cursor = null;
    load();
  };
  let typing;
  text.addEventListener('input', () => { clearTimeout(typing); typing = setTimeout(refilter, 250); });
  state.addEventListener('change', refilter);
  only.addEventListener('change', refilter);
  replace(main,
    h('h1', {}, 'Portfolio'),
    h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter the portfolio', onsubmit: (e) => e.preventDefault() },
      h('label', { for: 'filter-text' }, 'Find'), text,
      h('label', { for: 'filter-state' }, 'State'), state,
      h('label', { class: 'check' }, only, 'Exceptions only')),
    body);
  await load();
  focusHeading();
}

/** A CPI or SPI cell: marked when under 1, that is, over cost or behind schedule. */
function indexCell(value) {
  const below = value !== null && value !== undefined && Number(value) < 1;
  return h('td', { class: below ? 'num bad' : 'num' }, index(value));
}

function portfolioTable(rows, pager, resort) {
  const head = PORTFOLIO_COLUMNS.map(([key, label]) => {
    const sorted = portfolioState.sort === key;
    return h('th', { scope: 'col', 'aria-sort': sorted ? (portfolioState.descending ? 'descending' : 'ascending') : 'none' },
      h('button', {
        type: 'button',
        class: 'sort',
        onclick: () => {
          portfolioState.descending = sorted ? !portfolioState.descending : false;
          portfolioState.sort = key;
          resort().then(() => document.querySelector(`[data-sort="${key}"]`)?.focus());
        },
        dataset: { sort: key },
      }, label, sorted ? (portfolioState.descending ? ' ▼' : ' ▲') : ''));
  });
  const body = rows.map((row) => {
    const found = exceptions(row);
    return h('tr', { class: found.length ? 'exception' : null, dataset: { project: row.projectId } },
      h('th', { scope: 'row' }, h('a', { href: `#/projects/${row.projectId}` }, row.code)),
      h('td', {}, row.name),
      h('td', {}, row.state),
      h('td', {}, rag(row.rag)),
      h('td', { class: 'num' }, money(row.bac)),
      h('td', { class: 'num' }, money(row.ac)),
      h('td', { class: 'num' }, money(row.eac)),
      indexCell(row.cpi),
      indexCell(row.spi),
      h('td', {}, row.nextMilestone ? `${row.nextMilestone} (${row.nextMilestoneDue})` : '—'),
      h('td', {}, found.length ? found.map((f) => h('span', { class: 'badge' }, f)) : '—'));
  });
  return h('div', {},
    h('p', { class: 'muted', 'aria-live': 'polite' },
      rows.length ? `Projects ${pager.from} to ${pager.from + rows.length - 1} shown. Figures as of today.` : 'No project shown.'),
    h('div', { class: 'table-scroll', role: 'region', 'aria-label': 'Portfolio', tabindex: 0 },
      h('table', { id: 'portfolio' },
        h('caption', { class: 'visually-hidden' }, 'Every project with its RAG, earned-value figures and exceptions'),
        h('thead', {}, h('tr', {}, head)),
        h('tbody', {}, rows.length ? body : h('tr', {}, h('td', { colspan: PORTFOLIO_COLUMNS.length }, 'No project matches.'))))),
    h('nav', { class: 'pager', 'aria-label': 'Portfolio pages' },
      h('button', { type: 'button', id: 'portfolio-previous', disabled: !pager.previous, onclick: pager.previous }, 'Previous page'),
      h('button', { type: 'button', id: 'portfolio-next', disabled: !pager.next, onclick: pager.next }, 'Next page')));
}

// ---------------------------------------------------------------- one project

const TABS = [
  ['dashboard', 'Dashboard'], ['schedule', 'Schedule'], ['audit', 'Audit trail'],
  ['stakeholders', 'Stakeholders'], ['changes', 'Changes'], ['registers', 'Registers'],
  ['report', 'End-project report'], ['files', 'Import and export'],
];

async function projectView(id, tab, sub) {
  const project = await api.get(`/api/projects/${encodeURIComponent(id)}`);
  document.title = `${project.code} ${TABS.find(([key]) => key === tab)?.[1] || ''} · Project Ledger`;
  const content = h('div', { id: 'tab-content' });
  replace(main,
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Portfolio'), ' › ', project.code),
    h('h1', {}, `${project.code} · ${project.name}`),
    h('p', { class: 'muted' }, `${project.state} · sponsor ${project.sponsor} · manager ${project.manager} · `
      + `${project.plannedStart} to ${project.plannedFinish} · ${project.currency}`),
    h('nav', { class: 'tabs', 'aria-label': 'Project' },
      TABS.map(([key, label]) => h('a', {
        href: `#/projects/${id}${key === 'dashboard' ? '' : `/${key}`}`,
        'aria-current': key === tab ? 'page' : null,
      }, label))),
    content);
  const views = {
    dashboard: dashboardView, schedule: scheduleView, audit: auditView, stakeholders: stakeholdersView,
    changes: changesView, registers: registersView, report: reportView, files: filesView,
  };
  try {
    await (views[tab] || dashboardView)(content, project, sub, { showProblem, reload: route });
  } catch (error) {
    showProblem(content, error);
  }
  focusHeading();
}

// ---------------------------------------------------------------- dashboard

const FIGURES = [
  ['BAC', 'bac', 'Budget at completion', money],
  ['PV', 'pv', 'Planned value', money],
  ['EV', 'ev', 'Earned value', money],
  ['AC', 'ac', 'Actual cost', money],
  ['CV', 'cv', 'Cost variance', money],
  ['SV', 'sv', 'Schedule variance', money],
  ['CPI', 'cpi', 'Cost performance index', index],
  ['SPI', 'spi', 'Schedule performance index', index],
  ['EAC', 'eac', 'Estimate at completion', money],
  ['ETC', 'etc', 'Estimate to complete', money],
  ['VAC', 'vac', 'Variance at completion', money],
  ['TCPI', 'tcpi', 'To-complete performance index', index],
];

/** What a figure means for this project, in plain words. */
export function hint(figure, ev, currency) {
  const n = (v) => (v === null || v === undefined ? null : Number(v));
  const amount = (v) => `${money(Math.abs(v))} ${currency}`;
  const value = n(ev[figure.toLowerCase()]);
  if (value === null) {
    return 'Not yet measurable.';
  }
  switch (figure) {
    case 'BAC': return 'The whole approved budget of the planned work.';
    case 'PV': return 'The work that should be done by the status date, at its planned cost.';
    case 'EV': return 'The work actually done by the status date, at its planned cost.';
    case 'AC': return 'What the work done so far actually cost.';
    case 'CV': return value < 0 ? `The work done cost ${amount(value)} more than planned.` : `The work done cost ${amount(value)} less than planned.`;
    case 'SV': return value < 0 ? `Work worth ${amount(value)} is behind the plan.` : `Work worth ${amount(value)} is ahead of the plan.`;
    case 'CPI': return value < 1
      ? `Each 1.00 ${currency} spent earns ${value.toFixed(2)} of planned work: ${Math.round((1 - value) * 100)}% over cost.`
      : `Each 1.00 ${currency} spent earns ${value.toFixed(2)} of planned work: on or under cost.`;
    case 'SPI': return value < 1
      ? `Work is done at ${Math.round(value * 100)}% of the planned rate: behind schedule.`
      : `Work is done at ${Math.round(value * 100)}% of the planned rate: on or ahead of schedule.`;
    case 'EAC': return `At today's cost efficiency, the project will cost ${amount(value)} in all.`;
    case 'ETC': return `What the remaining work is expected to cost: ${amount(value)}.`;
    case 'VAC': return value < 0 ? `Expected to finish ${amount(value)} over budget.` : `Expected to finish ${amount(value)} under budget.`;
    case 'TCPI': return value > 1
      ? `The remaining work must be done at ${value.toFixed(2)} efficiency to finish on budget: harder than so far.`
      : `The remaining work may be done at ${value.toFixed(2)} efficiency and still finish on budget.`;
    default: return '';
  }
}

async function dashboardView(content, project) {
  const dashboard = await api.get(`/api/projects/${project.projectId}/dashboard`);
  const live = h('p', { class: 'live', id: 'live-state' }, 'Connecting to live updates…');
  const figures = h('section', { 'aria-labelledby': 'figures-title' });
  const curve = h('div', { class: 'chart', id: 's-curve', role: 'img' });
  const curveTable = h('details', {}, h('summary', {}, 'The S-curve as a table'));
  const rest = h('div', { class: 'grid' });
  replace(content,
    live,
    figures,
    h('section', { 'aria-labelledby': 'curve-title' },
      h('h2', { id: 'curve-title' }, 'S-curve: planned value, earned value and actual cost'),
      curve, curveTable),
    rest);
  const render = (view) => {
    renderFigures(figures, project, view);
    renderRest(rest, project, view);
  };
  render(dashboard);
  drawCurve(curve, curveTable, project, dashboard).catch((error) => showProblem(curveTable, error));
  const stop = api.stream(`/api/projects/${project.projectId}/dashboard/stream`, (name, view) => {
    if (name === 'dashboard' && view.version !== Number(figures.dataset.version)) {
      render(view);
      announce(`Dashboard updated to version ${view.version}.`);
      live.textContent = `Live: updated at version ${view.version}, ${new Date().toLocaleTimeString()}.`;
    }
  }, (state) => {
    live.dataset.state = state;
    if (state === 'live' && live.textContent.startsWith('Connecting')) {
      live.textContent = `Live: showing version ${dashboard.version}; changes appear as they are recorded.`;
    } else if (state === 'reconnecting') {
      live.textContent = 'Live updates interrupted; reconnecting…';
    }
  });
  onLeave(stop);
}

function renderFigures(section, project, view) {
  section.dataset.version = view.version;
  const ev = view.earnedValue;
  const t = view.tolerance;
  replace(section,
    h('h2', { id: 'figures-title' }, `Earned value on ${view.statusDate}`,
      view.baselineNumber ? ` against baseline ${view.baselineNumber}` : ' (no baseline yet)'),
    h('p', { class: 'muted' }, 'Select a figure to see the events behind it.'),
    h('ul', { class: 'figures' }, FIGURES.map(([code, key, label, format]) => h('li', {},
      h('button', {
        type: 'button',
        class: 'figure',
        dataset: { figure: code, value: ev[key] === null ? '' : ev[key] },
        'aria-describedby': `hint-${code}`,
        onclick: () => showProvenance(project, code, label, null),
      },
      h('span', { class: 'figure-code' }, code),
      h('span', { class: 'figure-value' }, format(ev[key])),
      h('span', { class: 'figure-label' }, label)),
      h('p', { class: 'hint', id: `hint-${code}` }, hint(code, ev, project.currency))))),
    h('p', { class: t.costWithinTolerance && t.scheduleWithinTolerance ? 'ok' : 'bad', id: 'tolerance' },
      `Tolerances: cost ${t.costWithinTolerance ? 'within' : 'BREACHED'} (limit ${money(t.costLimit)} ${project.currency}, ±${t.costPercent}%), `
      + `schedule ${t.scheduleWithinTolerance ? 'within' : 'BREACHED'} (forecast finish ${t.forecastFinish || '—'} against the baseline's ${t.baselineFinish || '—'} plus ${t.scheduleDays} days; worst drift of a baselined finish ${t.worstFinishDriftDays} days); `
      + `${t.breachesRecorded} breach${t.breachesRecorded === 1 ? '' : 'es'} recorded.`));
}

function renderRest(container, project, view) {
  const s = view.schedule;
  const report = view.latestStatusReport;
  replace(container,
    h('section', { 'aria-labelledby': 'budget-title' },
      h('h2', { id: 'budget-title' }, 'Budget by line'),
      table(`Budget by line, ${project.currency}`, ['Line', 'Planned', 'Budget', 'Actual', 'Remaining'],
        view.budgetByLine.map((line) => [
          line.category,
          money(line.planned),
          money(line.budget),
          h('button', {
            type: 'button',
            class: 'link',
            dataset: { lineActual: line.budgetLineId },
            onclick: () => showProvenance(project, 'LINE_ACTUAL', `${line.category} actual`, line.budgetLineId),
          }, money(line.actual)),
          h('span', { class: line.overrun ? 'bad' : '' }, money(line.remaining), line.overrun ? ' (overrun)' : ''),
        ]))),
    costsSection(project, view),
    h('section', { 'aria-labelledby': 'schedule-summary-title' },
      h('h2', { id: 'schedule-summary-title' }, 'Schedule'),
      h('dl', { class: 'facts' },
        h('dt', {}, 'Planned'), h('dd', {}, `${s.plannedStart} to ${s.plannedFinish}`),
        h('dt', {}, 'Forecast finish'), h('dd', {}, s.forecastFinish || '—'),
        h('dt', {}, 'Work packages complete'), h('dd', {}, `${s.workPackagesComplete} of ${s.workPackages}`),
        h('dt', {}, 'Items late'), h('dd', { class: s.itemsLate ? 'bad' : '' }, String(s.itemsLate)),
        h('dt', {}, 'Next milestone'), h('dd', {}, s.nextMilestone ? `${s.nextMilestone}, due ${s.nextMilestoneDue}` : 'none ahead'))),
    h('section', { 'aria-labelledby': 'report-title' },
      h('h2', { id: 'report-title' }, 'Latest status report'),
      report
        ? h('div', {}, h('p', {}, rag(report.rag), ` as of ${report.statusDate}, by ${report.publishedBy}`),
          h('blockquote', {}, report.summary))
        : h('p', {}, 'No status report yet.')),
    h('section', { 'aria-labelledby': 'cr-title' },
      h('h2', { id: 'cr-title' }, 'Open change requests'),
      table('Open change requests', ['Title', 'Raised by', 'Raised'],
        view.openChangeRequests.map((cr) => [cr.title, cr.requestedBy, instant(cr.raisedAt)]))),
    h('section', { 'aria-labelledby': 'risk-title' },
      h('h2', { id: 'risk-title' }, 'Open risks by exposure'),
      view.riskExposure
        ? h('p', { id: 'risk-exposure', class: view.riskExposure.covered ? '' : 'bad' },
          'Risk exposure (EMV of open threats) ',
          h('a', { href: `#/projects/${project.projectId}/registers`, id: 'risk-exposure-link' }, money(view.riskExposure.exposure)),
          ` against a remaining contingency reserve of ${money(view.riskExposure.reserveRemaining)}`,
          view.riskExposure.covered ? '.' : ': not covered.')
        : null,
      table('Open risks, highest exposure first', ['Risk', 'Probability', 'Impact', 'Exposure', 'Strategy', 'EMV', 'Owner'],
        view.openRisks.map((risk) => [
          h('a', { href: `#/projects/${project.projectId}/registers` }, risk.title),
          `${risk.probability} of 5`, `${risk.impact} of 5`, String(risk.exposure),
          risk.strategy || 'none yet', money(risk.emv), risk.owner]))),
    view.maintenance && (view.maintenance.budget > 0 || view.maintenance.activities.length)
      ? h('section', { 'aria-labelledby': 'maintenance-title' },
        h('h2', { id: 'maintenance-title' }, 'Maintenance'),
        h('p', {}, `Budget ${money(view.maintenance.budget)}, spent ${money(view.maintenance.spent)}, remaining ${money(view.maintenance.remaining)}.`),
        table('Maintenance log', ['Performed', 'Kind', 'Description', 'Outcome', 'Cost'],
          view.maintenance.activities.map((a) => [a.performedOn, a.kind, a.description, a.outcome, money(a.cost)])))
      : null);
}

/**
 * Every cost recorded, newest first; one reversed stays listed, struck through, with what reversed
 * it. The project's manager reverses a cost recorded in error here, giving a reason: the reversal
 * is a new event beside the cost, never a change to it.
 */
function costsSection(project, view) {
  const costs = [...(project.costs || [])].reverse();
  const lines = new Map(view.budgetByLine.map((line) => [line.budgetLineId, line.category]));
  const mayReverse = api.session()?.user === project.manager;
  const status = h('p', { role: 'status', id: 'cost-status' });
  return h('section', { 'aria-labelledby': 'costs-title' },
    h('h2', { id: 'costs-title' }, 'Costs recorded'),
    table(`Costs recorded, ${project.currency}, newest first`, ['Incurred', 'Line', 'Reference', 'Amount', ''],
      costs.map((cost) => [
        cost.incurredOn,
        lines.get(cost.budgetLineId) || '—',
        cost.reference,
        cost.reversedBy ? h('del', {}, money(cost.amount)) : money(cost.amount),
        cost.reversedBy
          ? h('span', { class: 'muted', dataset: { reversed: cost.costId } }, 'reversed')
          : mayReverse ? reverseForm(project, cost, status) : '',
      ])),
    status);
}

function reverseForm(project, cost, status) {
  const reason = h('input', {
    type: 'text', required: true, maxlength: 2000, name: 'reason',
    'aria-label': `Why reverse the cost ${cost.reference} of ${money(cost.amount)}`,
    placeholder: 'Why (required)',
  });
  return h('form', {
    class: 'inline',
    dataset: { reverse: cost.costId },
    onsubmit: async (event) => {
      event.preventDefault();
      try {
        const answer = await api.post(
          `/api/projects/${project.projectId}/costs/${cost.costId}/reversal`, { reason: reason.value });
        replace(status, `Reversed ${cost.reference}: the project is now at version ${answer.version}.`);
        announce(status.textContent);
        window.setTimeout(route, 0);
      } catch (error) {
        showProblem(status, error);
      }
    },
  }, reason, h('button', { type: 'submit' }, 'Reverse'));
}

/** PV, EV and AC at each month's end from the planned start to the finish, from the dashboard read. */
async function drawCurve(element, tableHolder, project, dashboard) {
  const today = dashboard.statusDate;
  const last = [project.plannedFinish, dashboard.schedule.forecastFinish].filter(Boolean).sort().pop();
  const dates = [];
  let [y, m] = project.plannedStart.split('-').map(Number);
  dates.push(project.plannedStart);
  for (;;) {
    const end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    if (end > last) {
      break;
    }
    if (end > project.plannedStart) {
      dates.push(end);
    }
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  if (!dates.includes(last)) {
    dates.push(last);
  }
  if (today > project.plannedStart && today < last && !dates.includes(today)) {
    dates.push(today);
    dates.sort();
  }
  const views = await Promise.all(dates.map((date) => api.get(`/api/projects/${project.projectId}/dashboard`, { statusDate: date })));
  const points = views.map((view, i) => ({
    date: dates[i],
    pv: view.earnedValue.pv,
    ev: dates[i] <= today ? view.earnedValue.ev : null,
    ac: dates[i] <= today ? view.earnedValue.ac : null,
  }));
  sCurve(element, points, project.currency);
  tableHolder.append(table(`S-curve points, ${project.currency}`, ['Status date', 'PV', 'EV', 'AC'],
    points.map((p) => [p.date, money(p.pv), money(p.ev), money(p.ac)])));
}

async function showProvenance(project, figure, label, budgetLineId) {
  const dialog = document.getElementById('provenance');
  const body = document.getElementById('provenance-body');
  document.getElementById('provenance-title').textContent = `${label}: the events behind it`;
  replace(body, h('p', {}, 'Loading…'));
  dialog.showModal();
  try {
    const answer = await api.get(`/api/projects/${project.projectId}/dashboard/provenance`, { figure, budgetLineId });
    replace(body,
      h('p', { id: 'provenance-value' }, `${figure} = ${figure.endsWith('PI') ? index(answer.value) : money(answer.value)} on ${answer.statusDate}, from ${answer.events.length} event${answer.events.length === 1 ? '' : 's'}:`),
      h('ol', { class: 'provenance' }, answer.events.map((event) => h('li', { dataset: { position: event.globalPosition } },
        h('strong', {}, event.type), ` #${event.sequence} · ${instant(event.recordedAt)} · by ${event.actor}`,
        h('br'), event.summary,
        event.reason ? h('span', { class: 'muted' }, ` — because: ${event.reason}`) : null))));
  } catch (error) {
    showProblem(body, error);
  }
}

// ---------------------------------------------------------------- schedule

/** A working calendar in words: "Monday to Friday; not 2026-04-03, 2026-04-06". */
function calendarText(calendar) {
  const days = (calendar && calendar.workingDays) || [];
  const names = days.map((d) => d.charAt(0) + d.slice(1).toLowerCase());
  const weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
  const text = days.length === 7 ? 'every day'
    : days.length === 5 && weekdays.every((d) => days.includes(d)) ? 'Monday to Friday'
      : names.join(', ');
  const off = (calendar && calendar.nonWorkingDates) || [];
  return off.length ? `${text}; not working on ${off.join(', ')}` : text;
}

async function scheduleView(content, project) {
  const schedule = await api.get(`/api/projects/${project.projectId}/schedule`);
  const holder = h('div');
  replace(content, h('h2', {}, `Schedule on ${schedule.statusDate}`),
    h('p', { id: 'working-calendar' }, `Working calendar: ${calendarText(schedule.calendar)}. Durations, float, lags and variance count working days.`),
    holder);
  renderSchedule(holder, schedule, 'gantt');
}

const FOLDED = new Map();

/** The finish variance in working days, with the calendar days beside it where they differ. */
function varianceText(item) {
  if (item.finishVarianceDays === null || item.finishVarianceDays === undefined) {
    return '—';
  }
  const calendarDays = Math.round((Date.parse(item.plannedFinish) - Date.parse(item.baselineFinish)) / 86400000);
  return calendarDays === item.finishVarianceDays
    ? String(item.finishVarianceDays)
    : `${item.finishVarianceDays} (${calendarDays} calendar days)`;
}

function renderSchedule(holder, schedule, id) {
  const names = new Map(schedule.items.map((item) => [item.itemId, item.name]));
  const chart = h('div', { class: 'chart gantt', id, role: 'img' });
  // The WBS folds: a summary element's row hides or shows everything under it, in the table and
  // in the Gantt alike.
  // Kept per project and chart while the tab lives, so that a page redrawn after a write keeps
  // what the user folded.
  const key = `${schedule.projectId}:${id}`;
  if (!FOLDED.has(key)) {
    FOLDED.set(key, new Set());
  }
  const collapsed = FOLDED.get(key);
  const hiddenBy = (item) => [...collapsed].some((code) => item.wbsCode && item.wbsCode.startsWith(`${code}.`));
  const depth = (item) => (item.wbsCode ? item.wbsCode.split('.').length - 1 : 0);
  const nameCell = (item) => {
    const label = `${item.wbsCode ? `${item.wbsCode} ` : ''}${item.name}`;
    if (item.kind !== 'SUMMARY') {
      return h('span', { class: 'wbs-name', style: `padding-left: ${depth(item) * 1.2}rem` }, label);
    }
    const folded0 = collapsed.has(item.wbsCode);
    const toggle = h('button', {
      type: 'button', class: 'wbs-toggle', 'aria-expanded': String(!folded0), dataset: { wbs: item.wbsCode },
      'aria-label': `${folded0 ? 'Unfold' : 'Fold'} ${item.name}`,
      onclick: () => {
        const folded = collapsed.has(item.wbsCode);
        if (folded) {
          collapsed.delete(item.wbsCode);
        } else {
          collapsed.add(item.wbsCode);
        }
        toggle.setAttribute('aria-expanded', String(folded));
        toggle.setAttribute('aria-label', `${folded ? 'Fold' : 'Unfold'} ${item.name}`);
        toggle.textContent = folded ? '−' : '+';
        redraw();
      },
    }, folded0 ? '+' : '−');
    return h('span', { class: 'wbs-name wbs-summary', style: `padding-left: ${depth(item) * 1.2}rem` }, toggle, ' ', h('strong', {}, label));
  };
  const kindText = { MILESTONE: 'milestone', WORK_PACKAGE: 'work package', SUMMARY: 'summary' };
  const money2 = (value) => (value === null || value === undefined ? '—' : money(value));
  // The file's own baseline, where an imported file had one: beside the plan, never the ledger's.
  const fromFile = schedule.items.some((item) => item.fileBaselineStart || item.fileBaselineCost);
  const fileCell = (item) => (item.fileBaselineStart || item.fileBaselineCost
    ? h('span', { dataset: { fileBaseline: item.itemId } },
      `${item.fileBaselineStart ?? '—'} – ${item.fileBaselineFinish ?? '—'}${item.fileBaselineCost ? ` · ${money(item.fileBaselineCost)}` : ''}`)
    : '—');
  const heads = ['Item', 'Kind', 'Predecessors', 'Baseline', ...(fromFile ? ["File's baseline"] : []), 'Current', 'Actual', 'Finish variance (working days)', 'Total float', 'Done', 'PV', 'EV', 'AC', 'Critical'];
  const scheduleTable = table('Schedule: the WBS with baseline and current dates, and earned value', heads,
    schedule.items.map((item) => [
      nameCell(item),
      kindText[item.kind] || item.kind,
      h('span', { dataset: { links: item.itemId } }, linksOf(item)
        .map((link) => `${names.get(link.itemId) ?? link.itemId} ${linkLabel(link)}`).join(', ') || '—'),
      item.baselineStart ? `${item.baselineStart} – ${item.baselineFinish}` : 'none',
      ...(fromFile ? [fileCell(item)] : []),
      h('span', { dataset: { item: item.itemId, finish: item.plannedFinish } }, `${item.plannedStart} – ${item.plannedFinish}`),
      item.actualStart
        ? h('span', { dataset: { actual: item.itemId } }, `${item.actualStart} – ${item.actualFinish ?? 'in progress'}`)
        : '—',
      varianceText(item),
      String(item.totalFloat),
      `${item.percentComplete}%`,
      money2(item.plannedValue),
      h('span', { dataset: { ev: item.itemId } }, money2(item.earnedValue)),
      money2(item.actualCost),
      item.critical ? h('strong', { class: 'bad' }, 'critical') : 'no',
    ]), { class: 'schedule-table' });
  const rows = [...scheduleTable.querySelectorAll('tbody tr')];
  schedule.items.forEach((item, i) => {
    if (rows[i]) {
      rows[i].dataset.wbs = item.wbsCode || '';
      rows[i].dataset.row = item.itemId;
    }
  });
  function redraw() {
    schedule.items.forEach((item, i) => {
      if (rows[i]) {
        rows[i].hidden = hiddenBy(item);
      }
    });
    if (schedule.items.length) {
      gantt(chart, { ...schedule, items: schedule.items.filter((item) => !hiddenBy(item)) });
    }
  }
  replace(holder,
    h('p', { class: 'legend' },
      h('span', { class: 'key current' }), ' current plan ',
      h('span', { class: 'key baseline' }), ' baseline ',
      h('span', { class: 'key critical' }), ' critical path ',
      '◆ milestone · ▬ summary element (− folds it, + unfolds it) · arrows: links (solid: finish-to-start; dashed: SS, FF, SF, labelled with the lag)'),
    chart,
    scheduleTable);
  if (schedule.items.length) {
    redraw();
  } else {
    chart.replaceWith(h('p', {}, 'Nothing planned yet.'));
  }
}

/**
 * The predecessors an item may have, each a checkbox with the link's type and its lag in working
 * days beside it (negative: a lead), named `${name}-type-${id}` and `${name}-lag-${id}`.
 */
function linkPicker(name, items, attributes) {
  return h('fieldset', attributes, h('legend', {}, 'Depends on: type of link and lag in days (negative: a lead)'),
    items.map((i) => h('div', { class: 'link-choice' },
      h('label', { class: 'check' }, h('input', { type: 'checkbox', name, value: i.id }), i.name),
      h('label', { class: 'visually-hidden', for: `${name}-type-${i.id}` }, `Type of the link to ${i.name}`),
      h('select', { id: `${name}-type-${i.id}` },
        [['FS', 'finish-to-start'], ['SS', 'start-to-start'], ['FF', 'finish-to-finish'], ['SF', 'start-to-finish']]
          .map(([v, text]) => h('option', { value: v }, `${v} (${text})`))),
      h('label', { class: 'visually-hidden', for: `${name}-lag-${i.id}` }, `Lag after ${i.name} in days`),
      h('input', { id: `${name}-lag-${i.id}`, type: 'number', step: 1, min: -3650, max: 3650, value: 0 }))));
}

/** The links a picker holds: each checked predecessor with its type and lag. */
function chosenLinks(name) {
  return [...document.querySelectorAll(`input[name="${name}"]:checked`)].map((c) => ({
    itemId: c.value,
    type: document.getElementById(`${name}-type-${c.value}`).value,
    lagDays: Number(document.getElementById(`${name}-lag-${c.value}`).value || 0),
  }));
}

// ---------------------------------------------------------------- audit trail

async function auditView(content, project) {
  const base = `/api/projects/${project.projectId}`;
  const filters = { actor: '', type: '', from: '', to: '' };
  const entriesHolder = h('div');
  const verifyResult = h('p', { id: 'verify-result', role: 'status' });
  const form = h('form', { class: 'filters', 'aria-label': 'Filter the audit trail' },
    h('label', { for: 'audit-actor' }, 'Actor'), h('input', { id: 'audit-actor', name: 'actor' }),
    h('label', { for: 'audit-type' }, 'Event type'), h('input', { id: 'audit-type', name: 'type', placeholder: 'e.g. CostRecorded' }),
    h('label', { for: 'audit-from' }, 'From (UTC)'), h('input', { id: 'audit-from', name: 'from', type: 'datetime-local', step: 1 }),
    h('label', { for: 'audit-to' }, 'To (UTC)'), h('input', { id: 'audit-to', name: 'to', type: 'datetime-local', step: 1 }),
    h('button', { type: 'submit' }, 'Apply'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    filters.actor = data.get('actor').trim();
    filters.type = data.get('type').trim();
    filters.from = data.get('from') ? new Date(`${data.get('from')}Z`).toISOString() : '';
    filters.to = data.get('to') ? new Date(`${data.get('to')}Z`).toISOString() : '';
    loadEntries(true).catch((error) => showProblem(entriesHolder, error));
  });
  const asOfHolder = h('section', { 'aria-labelledby': 'as-of-title' });
  replace(content,
    h('section', { 'aria-labelledby': 'as-of-title' }, asOfHolder),
    h('section', { 'aria-labelledby': 'verify-title' },
      h('h2', { id: 'verify-title' }, 'Is the ledger intact?'),
      h('p', {}, 'Recomputes the hash chain from every stored event up to the chain\'s head.'),
      h('button', { type: 'button', id: 'verify', onclick: () => verify(verifyResult) }, 'Verify the hash chain'),
      verifyResult),
    h('section', { 'aria-labelledby': 'trail-title' },
      h('h2', { id: 'trail-title' }, 'Audit trail'),
      form, entriesHolder));
  let cursor = null;
  let shown = [];
  const loadEntries = async (fresh) => {
    if (fresh) {
      cursor = null;
      shown = [];
    }
    const answer = await api.get(`${base}/audit`, { ...filters, cursor, limit: 100 });
    shown = shown.concat(answer.entries);
    cursor = answer.nextCursor;
    replace(entriesHolder,
      h('p', { class: 'muted', 'aria-live': 'polite' }, `${shown.length} entr${shown.length === 1 ? 'y' : 'ies'} shown.`),
      auditTable(shown),
      cursor !== null && cursor !== undefined
        ? h('button', { type: 'button', onclick: () => loadEntries(false).catch((e) => showProblem(entriesHolder, e)) }, 'Show more')
        : null);
  };
  await loadEntries(true);
  await asOfSlider(asOfHolder, project);
}

function auditTable(entries) {
  // A correction and what it corrects are shown as a pair: each names the other.
  const bySequence = new Map(entries.map((entry) => [entry.eventId, entry.sequence]));
  const correctedBy = new Map(entries.filter((entry) => entry.corrects)
    .map((entry) => [entry.corrects.eventId, entry.sequence]));
  return table('Audit trail, oldest first', ['#', 'Recorded', 'Actor', 'Event', 'Changes (old → new)', 'Reason', 'Signature', 'Hash'],
    entries.map((entry) => {
      const signature = entry.changes.find((c) => c.field === 'signature');
      const changes = entry.changes.filter((c) => c.field !== 'signature' && c.field !== 'corrects');
      const pair = entry.corrects
        ? h('span', { class: 'pair', dataset: { corrects: entry.corrects.eventId } },
          `Corrects #${bySequence.get(entry.corrects.eventId) ?? `position ${entry.corrects.globalPosition}`}`)
        : correctedBy.has(entry.eventId)
          ? h('span', { class: 'pair', dataset: { correctedBy: correctedBy.get(entry.eventId) } },
            `Corrected by #${correctedBy.get(entry.eventId)}`)
          : null;
      return [
        String(entry.sequence),
        instant(entry.recordedAt),
        entry.actor,
        h('span', {}, h('strong', {}, entry.type), h('br'), entry.summary, pair ? h('br') : null, pair),
        changes.length
          ? h('ul', { class: 'changes' }, changes.map((c) => h('li', {},
            h('code', {}, c.field), ': ', shorten(c.from ?? '∅'), ' → ', shorten(c.to ?? '∅'))))
          : '—',
        entry.reason || '—',
        signature ? signatureText(signature.to) : '—',
        h('code', { class: 'hash', title: entry.hash || '' }, entry.hash ? `${entry.hash.slice(0, 12)}…` : '—'),
      ];
    }), { class: 'audit-table' });
}

function shorten(text) {
  const value = String(text);
  return value.length > 160 ? `${value.slice(0, 157)}…` : value;
}

function signatureText(raw) {
  try {
    const s = JSON.parse(raw);
    return `${s.printedName} (${s.signer}, ${s.meaning}), ${instant(s.signedAt)}`;
  } catch (ignored) {
    return String(raw);
  }
}

/**
 * The as-of slider: one stop per recorded event of the project; moving it re-renders the
 * dashboard's figures and the Gantt as the ledger stood at that event's record time.
 */
async function asOfSlider(holder, project) {
  const base = `/api/projects/${project.projectId}`;
  const entries = [];
  let cursor = null;
  do {
    const answer = await api.get(`${base}/audit`, { cursor, limit: 500 });
    entries.push(...answer.entries);
    cursor = answer.nextCursor;
  } while (cursor !== null && cursor !== undefined && entries.length < 5000);
  const label = h('p', { id: 'as-of-label', 'aria-live': 'polite' });
  const slider = h('input', {
    id: 'as-of', type: 'range', min: 0, max: Math.max(entries.length - 1, 0), step: 1, value: Math.max(entries.length - 1, 0),
    'aria-describedby': 'as-of-label',
  });
  const figures = h('div', { id: 'as-of-figures' });
  const schedule = h('div', { id: 'as-of-schedule' });
  replace(holder,
    h('h2', { id: 'as-of-title' }, 'As of a past instant'),
    h('p', {}, 'Move the slider (or use the arrow keys) to see the dashboard and the Gantt as they stood after each recorded event.'),
    h('label', { for: 'as-of' }, 'Recorded event'), slider, label, figures, schedule);
  let pending = 0;
  const show = async () => {
    const entry = entries[Number(slider.value)];
    if (!entry) {
      replace(label, 'Nothing recorded yet.');
      return;
    }
    const ticket = ++pending;
    const asOf = entry.recordedAt;
    slider.setAttribute('aria-valuetext', `after event ${entry.sequence}, ${entry.type}, ${instant(asOf)}`);
    replace(label, `After event #${entry.sequence} (${entry.type}), recorded ${instant(asOf)} by ${entry.actor}: ${entry.summary}`);
    try {
      const [dashboard, plan] = await Promise.all([
        api.get(`${base}/dashboard`, { asOf }),
        api.get(`${base}/schedule`, { asOf }),
      ]);
      if (ticket !== pending) {
        return;
      }
      holder.dataset.asOf = asOf;
      const ev = dashboard.earnedValue;
      replace(figures, h('ul', { class: 'figures compact' }, FIGURES.map(([code, key, , format]) => h('li', {},
        h('span', { class: 'figure', dataset: { asOfFigure: code } },
          h('span', { class: 'figure-code' }, code), h('span', { class: 'figure-value' }, format(ev[key])))))));
      renderSchedule(schedule, plan, 'as-of-gantt');
      holder.dataset.shownSequence = entry.sequence;
    } catch (error) {
      if (ticket === pending) {
        showProblem(figures, error);
        schedule.replaceChildren();
      }
    }
  };
  let timer = null;
  slider.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(show, 150);
  });
  await show();
}

async function verify(result) {
  replace(result, 'Verifying…');
  try {
    const head = await api.get('/api/ledger/digest');
    const answer = await api.get('/api/ledger/verify', { position: head.position, hash: head.hash });
    result.className = answer.ok ? 'ok' : 'bad';
    const unlinked = answer.behind > 0
      ? ` ${answer.behind} newer event${answer.behind === 1 ? ' is' : 's are'} not linked into the chain yet.`
      : '';
    if (answer.ok) {
      const signed = head.signature
        ? ` The head is signed with ${head.signature.algorithm} key ${head.signature.keyId.slice(0, 16)}…: keep the digest (GET /api/ledger/digest) and check it with the ledger's published public key.`
        : '';
      replace(result, `Intact: the chain verifies through position ${answer.verifiedThrough} (head ${head.hash.slice(0, 16)}…, recorded ${instant(head.recordedAt)}).${unlinked}${signed}`);
    } else if (answer.firstMismatch) {
      replace(result, `ALTERED: the chain breaks at position ${answer.firstMismatch.position} (event ${answer.firstMismatch.eventId}); verified through ${answer.verifiedThrough}.`);
    } else {
      replace(result, `NOT VERIFIED: the chain holds no link to check.${unlinked}`);
    }
  } catch (error) {
    showProblem(result, error);
  }
}

// ---------------------------------------------------------------- stakeholders

async function stakeholdersView(content, project, stakeholderId) {
  const list = h('ul', { class: 'stakeholders' }, project.stakeholders.map((s) => h('li', {},
    h('a', { href: `#/projects/${project.projectId}/stakeholders/${s.stakeholderId}`, 'aria-current': s.stakeholderId === stakeholderId ? 'page' : null },
      s.forgotten ? 'forgotten stakeholder' : (s.name || 'stakeholder'), ` (${s.role})`),
    ` — interests: ${s.interests.join(', ') || 'none'}`)));
  const timeline = h('div');
  replace(content,
    h('h2', {}, 'Stakeholders'),
    project.stakeholders.length ? list : h('p', {}, 'No stakeholder registered.'),
    timeline);
  if (stakeholderId) {
    const answer = await api.get(`/api/projects/${project.projectId}/stakeholders/${encodeURIComponent(stakeholderId)}/timeline`);
    replace(timeline,
      h('h2', {}, `Timeline for the ${answer.role}`),
      h('p', { class: 'muted' }, `Interests: ${answer.interests.join(', ')}. ${answer.entries.length} entries, oldest first.`),
      h('ol', { class: 'timeline', id: 'timeline' }, answer.entries.map((entry) => h('li', {},
        h('time', { datetime: entry.recordedAt }, instant(entry.recordedAt)),
        h('div', {}, h('strong', {}, entry.type), ` by ${entry.actor} — concerns ${entry.concerns.join(', ')}`),
        h('div', {}, entry.summary),
        entry.because ? h('div', { class: 'muted' }, `Decision behind it: ${entry.because}`) : null))));
  }
}

// ---------------------------------------------------------------- import and export

// ---------------------------------------------------------------- changes

/**
 * Corrections and amendments, each a new event that says what it changes (DOMAIN.md, second
 * edition): the sponsor amends the charter and the PMO reassigns a part, both signed; before the
 * first baseline the manager cancels an item or changes its dependencies (after it, through a
 * change request). Each form is shown to whom it belongs; the API refuses anyone else.
 */
async function changesView(content, project) {
  const user = api.session()?.user;
  const base = `/api/projects/${project.projectId}`;
  const status = h('p', { role: 'status', id: 'change-status' });
  const viaProvider = Boolean(api.session()?.provider);
  const submit = (path, body, done, method = 'POST') => async (event) => {
    event.preventDefault();
    try {
      const payload = body();
      if (viaProvider && payload.signatureMeaning) {
        // A signature is a fresh sign-in at the provider (prompt=login), not a password.
        replace(status, 'Sign in again at your identity provider to sign…');
        await api.freshProviderSignIn();
        delete payload.password;
      }
      const answer = await api.post(`${base}${path}`, payload, method);
      replace(status, `${done}: the project is now at version ${answer.version}.`);
      announce(status.textContent);
      window.setTimeout(route, 1500);
    } catch (error) {
      showProblem(status, error);
    }
  };
  const field = (id, label, attributes = {}) => [
    h('label', { for: id }, label), h('input', { id, name: id, ...attributes })];
  const signing = (prefix) => [
    h('label', { for: `${prefix}-meaning` }, 'Meaning of your signature'),
    h('select', { id: `${prefix}-meaning` },
      ['APPROVAL', 'REVIEW', 'RESPONSIBILITY'].map((m) => h('option', { value: m }, m))),
    ...(viaProvider
      ? [h('p', { class: 'muted' }, 'To sign, you sign in again at your identity provider: a small window opens.')]
      : field(`${prefix}-password`, 'Your password, to sign', { type: 'password', required: true, autocomplete: 'current-password' }))];
  const value = (id) => document.getElementById(id)?.value ?? null;
  const sections = [];
  if (user === project.sponsor) {
    sections.push(h('section', { 'aria-labelledby': 'amend-title' },
      h('h2', { id: 'amend-title' }, 'Amend the charter'),
      h('p', {}, 'Change the name, the dates or the tolerances; empty fields stay as they are. Every planned item must stay inside the new dates.'),
      h('form', {
        class: 'stack', id: 'amend-form',
        onsubmit: submit('/charter-amendments', () => ({
          name: value('amend-name') || null,
          plannedStart: value('amend-start') || null,
          plannedFinish: value('amend-finish') || null,
          tolerances: value('amend-days') || value('amend-percent')
            ? { scheduleDays: Number(value('amend-days') || project.tolerances.scheduleDays),
              costPercent: Number(value('amend-percent') || project.tolerances.costPercent) }
            : null,
          reason: value('amend-reason'),
          signatureMeaning: value('amend-meaning'),
          password: value('amend-password'),
        }), 'Charter amended'),
      },
      ...field('amend-name', 'Name', { value: project.name, maxlength: 200 }),
      ...field('amend-start', 'Planned start', { type: 'date', value: project.plannedStart }),
      ...field('amend-finish', 'Planned finish', { type: 'date', value: project.plannedFinish }),
      ...field('amend-days', 'Schedule tolerance (days)', { type: 'number', min: 0, value: project.tolerances.scheduleDays }),
      ...field('amend-percent', 'Cost tolerance (%)', { type: 'number', min: 0, step: '0.01', value: project.tolerances.costPercent }),
      ...field('amend-reason', 'Why', { required: true, maxlength: 2000 }),
      ...signing('amend'),
      h('button', { type: 'submit' }, 'Sign and amend'))));
  }
  if (user !== project.sponsor && user !== project.manager) {
    sections.push(h('section', { 'aria-labelledby': 'reassign-title' },
      h('h2', { id: 'reassign-title' }, 'Reassign the manager or the sponsor'),
      h('p', {}, 'The PMO hands a part to another user. A project\'s sponsor is never its manager.'),
      h('form', {
        class: 'stack', id: 'reassign-form',
        onsubmit: submit('/role-reassignments', () => ({
          role: value('reassign-role'), to: value('reassign-to'), reason: value('reassign-reason'),
          signatureMeaning: value('reassign-meaning'), password: value('reassign-password'),
        }), 'Part reassigned'),
      },
      h('label', { for: 'reassign-role' }, 'Part'),
      h('select', { id: 'reassign-role' },
        h('option', { value: 'MANAGER' }, `Manager (now ${project.manager})`),
        h('option', { value: 'SPONSOR' }, `Sponsor (now ${project.sponsor})`)),
      ...field('reassign-to', 'To (user name)', { required: true, maxlength: 100 }),
      ...field('reassign-reason', 'Why', { required: true, maxlength: 2000 }),
      ...signing('reassign'),
      h('button', { type: 'submit' }, 'Sign and reassign'))));
  }
  if (user === project.manager) {
    const items = [
      ...project.workPackages.filter((w) => !w.cancelled).map((w) => ({ id: w.workPackageId, name: w.name, kind: 'work-packages', links: linksOf(w) })),
      ...project.milestones.filter((m) => !m.cancelled).map((m) => ({ id: m.milestoneId, name: m.name, kind: 'milestones', links: linksOf(m) }))];
    if (project.state !== 'CHARTERED') {
      sections.push(h('section', { 'aria-labelledby': 'plan-changes-title' },
        h('h2', { id: 'plan-changes-title' }, 'Cancel an item or change its dependencies'),
        h('p', {}, 'After the first baseline these go through a change request that the sponsor approves: raise one below.')));
    } else {
      const itemSelect = (id) => h('select', { id }, items.map((i) => h('option', { value: i.id, dataset: { kind: i.kind } }, i.name)));
      const chosen = (id) => items.find((i) => i.id === value(id));
      sections.push(h('section', { 'aria-labelledby': 'cancel-title' },
        h('h2', { id: 'cancel-title' }, 'Cancel an item'),
        h('p', {}, 'A cancelled item stays in the record and leaves the plan and its figures. An item others depend on cannot be cancelled.'),
        h('form', {
          class: 'stack', id: 'cancel-form',
          onsubmit: async (event) => {
            const item = chosen('cancel-item');
            return submit(`/${item.kind}/${item.id}/cancellation`, () => ({ reason: value('cancel-reason') }), `${item.name} cancelled`)(event);
          },
        },
        h('label', { for: 'cancel-item' }, 'Item'), itemSelect('cancel-item'),
        ...field('cancel-reason', 'Why', { required: true, maxlength: 2000 }),
        h('button', { type: 'submit' }, 'Cancel the item'))));
      sections.push(h('section', { 'aria-labelledby': 'dependencies-title' },
        h('h2', { id: 'dependencies-title' }, 'Change an item\'s dependencies'),
        h('form', {
          class: 'stack', id: 'dependencies-form',
          onsubmit: async (event) => {
            const item = chosen('dependencies-item');
            const links = chosenLinks('predecessor');
            return submit(`/items/${item.id}/dependencies`, () => ({ links, reason: value('dependencies-reason') }), `Dependencies of ${item.name} changed`, 'PUT')(event);
          },
        },
        h('label', { for: 'dependencies-item' }, 'Item'), itemSelect('dependencies-item'),
        linkPicker('predecessor', items, {}),
        ...field('dependencies-reason', 'Why', { required: true, maxlength: 2000 }),
        h('button', { type: 'submit' }, 'Change the dependencies'))));
      const { calendar } = await api.get(`/api/projects/${project.projectId}/schedule`);
      sections.push(h('section', { 'aria-labelledby': 'calendar-title' },
        h('h2', { id: 'calendar-title' }, 'Set the working calendar'),
        h('p', {}, 'Durations, float, lags, variance, tolerances and planned value count the working days. After the first baseline the calendar changes through a change request.'),
        h('form', {
          class: 'stack', id: 'calendar-form',
          onsubmit: submit('/calendar', () => ({ ...chosenCalendar('calendar'), reason: value('calendar-reason') }), 'Working calendar set', 'PUT'),
        },
        ...calendarFields('calendar', calendar),
        ...field('calendar-reason', 'Why', { required: true, maxlength: 2000 }),
        h('button', { type: 'submit' }, 'Set the calendar'))));
    }
  }
  const baselined = project.state === 'EXECUTING' || project.state === 'IN_MAINTENANCE';
  if (user === project.manager && baselined) {
    const { issues } = await api.get(`${base}/registers`);
    const escalable = issues.filter((i) => i.state === 'OPEN' && i.type !== 'PROBLEM_CONCERN');
    sections.push(raiseChangeRequestSection(project, submit, field, value, escalable));
  }
  if ((user === project.sponsor || user === project.manager) && baselined) {
    const { openChangeRequests } = await api.get(`${base}/dashboard`);
    sections.push(openChangeRequestsSection(project, openChangeRequests, user, submit, field, value, signing));
  }
  if (!sections.length) {
    sections.push(h('p', {}, 'The sponsor amends the charter and decides change requests, the PMO reassigns the manager or the sponsor, and the manager cancels items, changes dependencies and raises change requests; your part on this project records none of these.'));
  }
  replace(content, ...sections, status);
}

/** A new id where the browser cannot make one with crypto.randomUUID (a page served over plain HTTP). */
function newId() {
  if (window.crypto.randomUUID) {
    return window.crypto.randomUUID();
  }
  const bytes = window.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** What each kind of change asks for, in the order the form shows it (ChangeType in the API). */
const CHANGE_TYPES = [
  ['RESCHEDULE_WORK_PACKAGE', 'Reschedule a work package', ['cr-wp', 'cr-start', 'cr-finish']],
  ['RESCHEDULE_MILESTONE', 'Reschedule a milestone', ['cr-ms', 'cr-due']],
  ['CHANGE_PLANNED_COST', 'Change a work package\'s planned cost', ['cr-wp', 'cr-cost']],
  ['INCREASE_BUDGET', 'Increase a budget line', ['cr-line', 'cr-amount']],
  ['OPEN_BUDGET_LINE', 'Open a new budget line', ['cr-category', 'cr-amount']],
  ['CANCEL_WORK_PACKAGE', 'Cancel a work package', ['cr-wp']],
  ['CANCEL_MILESTONE', 'Cancel a milestone', ['cr-ms']],
  ['CHANGE_DEPENDENCIES', 'Change an item\'s dependencies', ['cr-item', 'cr-predecessors']],
  ['CHANGE_CALENDAR', 'Change the working calendar', ['cr-calendar']],
];

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** A calendar's fields: a checkbox per weekday and the non-working dates, as the calendar holds them. */
function calendarFields(prefix, calendar) {
  return [
    h('fieldset', {}, h('legend', {}, 'Working days'),
      WEEKDAYS.map((d) => h('label', { class: 'check' },
        h('input', { type: 'checkbox', name: `${prefix}-day`, value: d, checked: calendar.workingDays.includes(d) }),
        d.charAt(0) + d.slice(1).toLowerCase()))),
    h('label', { for: `${prefix}-holidays` }, 'Non-working dates (YYYY-MM-DD, separated by commas or spaces)'),
    h('textarea', { id: `${prefix}-holidays`, name: `${prefix}-holidays`, rows: 2 }, calendar.nonWorkingDates.join(', ')),
  ];
}

/** The calendar the fields hold, as API.md's `workingDays` and `nonWorkingDates`. */
function chosenCalendar(prefix) {
  return {
    workingDays: [...document.querySelectorAll(`input[name="${prefix}-day"]:checked`)].map((c) => c.value),
    nonWorkingDates: document.getElementById(`${prefix}-holidays`).value.split(/[\s,;]+/).filter(Boolean),
  };
}

/**
 * The manager raises a change request after the first baseline: one proposed change of any kind,
 * with the fields that kind takes. The sponsor decides it below.
 */
function raiseChangeRequestSection(project, submit, field, value, escalable = []) {
  const workPackages = project.workPackages.filter((w) => !w.cancelled);
  const milestones = project.milestones.filter((m) => !m.cancelled);
  const items = [
    ...workPackages.map((w) => ({ id: w.workPackageId, name: w.name })),
    ...milestones.map((m) => ({ id: m.milestoneId, name: m.name }))];
  const select = (id, label, options) => h('div', { class: 'stack', id: `${id}-group` },
    h('label', { for: id }, label),
    h('select', { id }, options.map(([v, text]) => h('option', { value: v }, text))));
  const input = (id, label, attributes) => h('div', { class: 'stack', id: `${id}-group` }, ...field(id, label, attributes));
  const groups = [
    select('cr-wp', 'Work package', workPackages.map((w) => [w.workPackageId, w.name])),
    select('cr-ms', 'Milestone', milestones.map((m) => [m.milestoneId, m.name])),
    select('cr-item', 'Item', items.map((i) => [i.id, i.name])),
    input('cr-start', 'New planned start', { type: 'date' }),
    input('cr-finish', 'New planned finish', { type: 'date' }),
    input('cr-due', 'New due date', { type: 'date' }),
    input('cr-cost', 'New planned cost', { type: 'number', min: 0, step: '0.01' }),
    select('cr-line', 'Budget line', project.budgetLines.map((l) => [l.budgetLineId, `${l.category} (${money(l.amount)})`])),
    select('cr-category', 'Category of the new line',
      ['LABOUR', 'MATERIAL', 'SERVICES', 'LICENCES', 'TRAVEL', 'CONTINGENCY', 'MAINTENANCE'].map((c) => [c, c])),
    input('cr-amount', 'Amount', { type: 'number', min: 0.01, step: '0.01' }),
    linkPicker('cr-predecessor', items, { id: 'cr-predecessors-group' }),
    h('div', { class: 'stack', id: 'cr-calendar-group' },
      ...calendarFields('cr-calendar', { workingDays: WEEKDAYS.slice(0, 5), nonWorkingDates: [] })),
  ];
  const type = h('select', { id: 'cr-type' }, CHANGE_TYPES.map(([v, text]) => h('option', { value: v }, text)));
  const show = () => {
    const wanted = CHANGE_TYPES.find(([v]) => v === type.value)[2];
    groups.forEach((group) => { group.hidden = !wanted.some((id) => group.id === `${id}-group`); });
  };
  type.addEventListener('change', show);
  show();
  const change = () => {
    const kind = type.value;
    const number = (id) => (value(id) === '' ? null : value(id));
    const body = { type: kind };
    switch (kind) {
      case 'RESCHEDULE_WORK_PACKAGE': Object.assign(body, { workPackageId: value('cr-wp'), plannedStart: number('cr-start'), plannedFinish: number('cr-finish') }); break;
      case 'RESCHEDULE_MILESTONE': Object.assign(body, { milestoneId: value('cr-ms'), dueDate: number('cr-due') }); break;
      case 'CHANGE_PLANNED_COST': Object.assign(body, { workPackageId: value('cr-wp'), plannedCost: number('cr-cost') }); break;
      case 'INCREASE_BUDGET': Object.assign(body, { budgetLineId: value('cr-line'), amount: number('cr-amount') }); break;
      case 'OPEN_BUDGET_LINE': Object.assign(body, { budgetLineId: newId(), category: value('cr-category'), amount: number('cr-amount') }); break;
      case 'CANCEL_WORK_PACKAGE': Object.assign(body, { workPackageId: value('cr-wp') }); break;
      case 'CANCEL_MILESTONE': Object.assign(body, { milestoneId: value('cr-ms') }); break;
      case 'CHANGE_CALENDAR': Object.assign(body, chosenCalendar('cr-calendar')); break;
      default: Object.assign(body, {
        itemId: value('cr-item'),
        links: chosenLinks('cr-predecessor'),
      });
    }
    return body;
  };
  return h('section', { 'aria-labelledby': 'raise-title' },
    h('h2', { id: 'raise-title' }, 'Raise a change request'),
    h('p', {}, 'Beyond your tolerance, and for new budget lines, cancellations, new dependencies and a new working calendar after the baseline, the plan changes only when the sponsor approves a change request; the approval revises the baseline.'),
    h('form', {
      class: 'stack', id: 'raise-form',
      onsubmit: submit('/change-requests', () => ({
        changeRequestId: newId(), title: value('cr-title'), justification: value('cr-justification'), proposedChanges: [change()],
        issueId: value('cr-issue') || null,
      }), 'Change request raised'),
    },
    h('label', { for: 'cr-issue' }, 'Escalates issue (a request for change or an off-specification)'),
    h('select', { id: 'cr-issue' }, h('option', { value: '' }, 'None'),
      escalable.map((i) => h('option', { value: i.issueId }, `${i.title} (${i.type})`))),
    ...field('cr-title', 'Title', { required: true, maxlength: 200 }),
    ...field('cr-justification', 'Justification', { required: true, maxlength: 4000 }),
    h('label', { for: 'cr-type' }, 'Proposed change'), type,
    ...groups,
    h('button', { type: 'submit' }, 'Raise the change request')));
}

/**
 * The open change requests: the sponsor approves or rejects each (signed, never one they raised),
 * the manager withdraws one with a reason.
 */
function openChangeRequestsSection(project, open, user, submit, field, value, signing) {
  const rows = open.map((cr, n) => {
    const prefix = `cr-${n}`;
    const decide = user === project.sponsor
      ? h('form', {
        class: 'stack', id: `${prefix}-decide`,
        onsubmit: (event) => {
          const verdict = event.submitter?.value === 'reject' ? 'rejection' : 'approval';
          return submit(`/change-requests/${cr.changeRequestId}/${verdict}`, () => ({
            comment: value(`${prefix}-comment`) || null, signatureMeaning: value(`${prefix}-meaning`), password: value(`${prefix}-password`),
          }), `“${cr.title}” ${verdict === 'approval' ? 'approved' : 'rejected'}`)(event);
        },
      },
      ...field(`${prefix}-comment`, 'Comment', { maxlength: 2000 }),
      ...signing(prefix),
      h('div', { class: 'actions' },
        h('button', { type: 'submit', value: 'approve' }, 'Sign and approve'),
        h('button', { type: 'submit', value: 'reject' }, 'Sign and reject')))
      : h('form', {
        class: 'stack', id: `${prefix}-withdraw`,
        onsubmit: submit(`/change-requests/${cr.changeRequestId}/withdrawal`, () => ({ reason: value(`${prefix}-reason`) }), `“${cr.title}” withdrawn`),
      },
      ...field(`${prefix}-reason`, 'Why withdraw it', { required: true, maxlength: 2000 }),
      h('button', { type: 'submit' }, 'Withdraw'));
    return h('article', { class: 'change-request', 'aria-labelledby': `${prefix}-title` },
      h('h3', { id: `${prefix}-title` }, cr.title),
      h('p', { class: 'muted' }, `Raised by ${cr.requestedBy} at ${instant(cr.raisedAt)}`),
      decide);
  });
  return h('section', { 'aria-labelledby': 'open-crs-title' },
    h('h2', { id: 'open-crs-title' }, 'Open change requests'),
    rows.length ? rows : h('p', {}, 'No change request is open.'));
}

function filesView(content, project) {
  const base = `/api/projects/${project.projectId}`;
  const report = h('div', { id: 'import-report', 'aria-live': 'polite' });
  const file = h('input', { id: 'plan-file', name: 'file', type: 'file', required: true, accept: '.mpp,.xml,.xer,.csv' });
  const dryRun = h('input', { id: 'dry-run', type: 'checkbox', checked: true });
  const form = h('form', { class: 'stack', 'aria-labelledby': 'import-title' },
    h('label', { for: 'plan-file' }, 'Plan file (Microsoft Project .mpp or MSPDI .xml, Primavera P6 .xer or PMXML, CSV)'), file,
    h('label', { class: 'check' }, dryRun, 'Dry run: report what would be imported and record nothing'),
    h('button', { type: 'submit', id: 'import' }, 'Import'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!file.files.length) {
      return;
    }
    const data = new FormData();
    data.append('file', file.files[0]);
    replace(report, 'Reading the plan…');
    try {
      const answer = await api.postForm(`${base}/imports`, { dryRun: dryRun.checked }, data);
      renderImport(report, answer);
    } catch (error) {
      if (error.body && error.body.refused) {
        renderImport(report, error.body);
      } else {
        showProblem(report, error);
      }
    }
  });
  const exportButton = (name, label, query = {}) => h('button', {
    type: 'button',
    dataset: { export: name },
    onclick: (event) => api.download(`${base}/exports/${name}`, query, `${project.code}-${name}`)
      .catch((error) => showProblem(event.target.parentElement, error)),
  }, label);
  replace(content,
    h('section', {},
      h('h2', { id: 'import-title' }, 'Import a plan'),
      h('p', {}, 'Only the project\'s manager may import. A dry run shows what would be created and what would be refused.'),
      form, report),
    h('section', {},
      h('h2', {}, 'Export'),
      h('ul', { class: 'exports' },
        h('li', {}, exportButton('schedule.xml', 'Schedule for Microsoft Project (MSPDI XML)')),
        h('li', {}, exportButton('schedule.csv', 'Schedule as CSV')),
        h('li', {}, exportButton('earned-value.csv', 'Earned value and budget as CSV')),
        h('li', {}, exportButton('audit.csv', 'Audit trail as CSV')))));
}

function renderImport(holder, answer) {
  const created = answer.created || [];
  const refused = answer.refused || [];
  replace(holder,
    h('p', { class: refused.length ? 'bad' : 'ok' },
      answer.dryRun ? 'Dry run, nothing recorded: ' : (refused.length ? 'Refused, nothing recorded: ' : 'Imported: '),
      `${created.length} item${created.length === 1 ? '' : 's'} ${answer.dryRun ? 'would be ' : ''}created, ${refused.length} refused.`),
    table('Items', ['Row', 'Kind', 'Name', 'Start', 'Finish', 'Cost'],
      created.map((item) => [String(item.row ?? ''), item.kind === 'MILESTONE' ? 'milestone' : 'work package', item.name, item.start || '', item.finish || '', money(item.plannedCost)])),
    refused.length ? table('Refused rows', ['Row', 'Code', 'Why'], refused.map((r) => [String(r.row ?? ''), r.code, r.detail || ''])) : null,
    (answer.notes || []).length ? table('Notes', ['Row', 'Note'], answer.notes.map((n) => [String(n.row ?? ''), n.note])) : null);
}
