// The execution registers and the end-project report (#/projects/{id}/registers, .../report):
// issues, work packages with their owners and deliverables, risks with responses and EMV, draws on
// the contingency reserve, lessons learned; each with its filters, its forms for whoever may act,
// and an as-of choice that shows a register as the ledger knew it at a past instant.

import * as api from './api.js';
import { announce, h, index, instant, money, replace, table } from './dom.js';

const ISSUE_TYPES = ['REQUEST_FOR_CHANGE', 'OFF_SPECIFICATION', 'PROBLEM_CONCERN'];
const LEVELS = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const STRATEGIES = ['AVOID', 'REDUCE', 'TRANSFER', 'ACCEPT', 'SHARE', 'ENHANCE', 'EXPLOIT'];
const CATEGORIES = ['SCOPE', 'SCHEDULE', 'COST', 'QUALITY', 'RISK', 'STAKEHOLDERS', 'COMMUNICATION',
  'RESOURCES', 'PROCUREMENT', 'GOVERNANCE', 'TECHNICAL'];

const options = (values, all) => [
  ...(all ? [h('option', { value: '' }, all)] : []),
  ...values.map((v) => (Array.isArray(v) ? h('option', { value: v[0] }, v[1]) : h('option', { value: v }, v)))];

function field(id, label, attributes = {}) {
  return [h('label', { for: id }, label), h('input', { id, name: id, ...attributes })];
}

function choice(id, label, values, all) {
  return [h('label', { for: id }, label), h('select', { id, name: id }, options(values, all))];
}

function textArea(id, label, attributes = {}) {
  return [h('label', { for: id }, label), h('textarea', { id, name: id, rows: 3, ...attributes })];
}

const value = (id) => document.getElementById(id)?.value ?? null;

/** A filter above a table: re-renders the table with the rows that pass. */
function filtered(holder, filters, render) {
  const controls = filters.map(([id, label, values]) => h('span', { class: 'filter' },
    ...choice(id, label, values, 'All')));
  const body = h('div');
  const draw = () => replace(body, render((row) => filters.every(([id, , , test]) => !value(id) || test(row, value(id)))));
  controls.forEach((control) => control.addEventListener('change', draw));
  replace(holder, h('div', { class: 'filters', role: 'group', 'aria-label': 'Filters' }, controls), body);
  draw();
}

/**
 * The registers page. {@code context} gives the page's way to show a problem and to reload after
 * a write.
 */
export async function registersView(content, project, sub, context) {
  const asOf = new URLSearchParams(location.hash.split('?')[1] || '').get('asOf');
  const base = `/api/projects/${project.projectId}`;
  const view = await api.get(`${base}/registers`, asOf ? { asOf } : {});
  const session = api.session();
  const user = session?.user;
  const roles = session?.roles;
  const has = (role) => !roles || roles.includes(role);
  const status = h('p', { role: 'status', id: 'register-status' });
  const submit = (path, body, done, method = 'POST') => async (event) => {
    event.preventDefault();
    try {
      const answer = await api.post(`${base}${path}`, body(), method);
      replace(status, `${done}: the project is now at version ${answer.version}.`);
      announce(status.textContent);
      window.setTimeout(context.reload, 1200);
    } catch (error) {
      context.showProblem(status, error);
    }
  };
  const open = project.state !== 'CLOSED' && !asOf;
  const isManager = user === project.manager;
  const isSponsor = user === project.sponsor;
  const owners = new Set(view.workPackages.map((w) => w.owner).filter(Boolean));
  const onTheProject = isManager || isSponsor || owners.has(user) || (has('PMO') && roles);

  const asOfForm = h('form', {
    class: 'inline', id: 'registers-as-of',
    onsubmit: (event) => {
      event.preventDefault();
      const chosen = value('registers-as-of-input');
      location.hash = `#/projects/${project.projectId}/registers${chosen ? `?asOf=${encodeURIComponent(new Date(chosen).toISOString())}` : ''}`;
    },
  },
  ...field('registers-as-of-input', 'Show the registers as of', { type: 'datetime-local', step: 1 }),
  h('button', { type: 'submit' }, 'Show'),
  asOf ? h('a', { href: `#/projects/${project.projectId}/registers` }, ' Back to now') : null);

  const issues = h('div', { id: 'issue-register' });
  filtered(issues, [
    ['issue-state-filter', 'State', ['OPEN', 'RESOLVED', 'CLOSED'], (row, v) => row.state === v],
    ['issue-type-filter', 'Type', ISSUE_TYPES, (row, v) => row.type === v],
  ], (pass) => table('Issue register', ['Issue', 'Type', 'Priority', 'Severity', 'Raised', 'Owner', 'State', 'Resolution', 'Change requests'],
    view.issues.filter(pass).map((i) => [
      h('span', { id: `issue-${i.issueId}` }, i.title),
      i.type, i.priority, i.severity, `${i.raisedBy}, ${instant(i.raisedAt)}`, i.owner, i.state,
      i.resolution || '—', i.changeRequestIds.length ? `${i.changeRequestIds.length} raised` : '—'])));

  const workPackages = h('div', { id: 'deliverables-register' });
  filtered(workPackages, [
    ['deliverable-state-filter', 'Deliverable', ['NOT_SUBMITTED', 'SUBMITTED', 'ACCEPTED', 'REJECTED', 'WAIVED'], (row, v) => row.state === v],
  ], (pass) => table('Work packages: owners and deliverables', ['Work package', 'Owner', 'Acceptance criteria', 'Acceptor', 'Deliverable', 'Submitted', 'Decided'],
    view.workPackages.filter(pass).map((w) => [
      w.cancelled ? h('s', {}, w.name) : w.name,
      w.owner || '—',
      w.criteria.length ? h('ul', {}, w.criteria.map((c) => h('li', {}, c))) : '—',
      w.acceptor || '—',
      w.state || '—',
      w.submittedBy ? `${w.submittedBy}, ${instant(w.submittedAt)} (${w.submissions})` : '—',
      w.decidedBy ? `${w.decidedBy}, ${instant(w.decidedAt)}${w.decisionNote ? `: ${w.decisionNote}` : ''}` : '—'])));

  const exposure = view.exposure;
  const risks = h('div', { id: 'risk-register' });
  filtered(risks, [
    ['risk-open-filter', 'Open or closed', [['open', 'Open'], ['closed', 'Closed']], (row, v) => (v === 'open') === row.open],
    ['risk-kind-filter', 'Kind', ['THREAT', 'OPPORTUNITY'], (row, v) => row.kind === v],
  ], (pass) => table(`Risks and their responses, ${project.currency}`, ['Risk', 'Kind', 'P × I', 'Strategy', 'Response owner', 'Proximity', 'Cost impact', 'EMV', 'Drawn', 'State'],
    view.risks.filter(pass).map((r) => [
      h('span', { id: `risk-${r.riskId}` }, r.title), r.kind, `${r.probability} × ${r.impact} = ${r.score}`,
      r.strategy || 'none yet', r.responseOwner || '—', r.proximity || '—', money(r.costImpact),
      money(r.emv), money(r.drawn), r.open ? 'open' : `closed: ${r.closure}`])));

  const lessons = h('div', { id: 'lessons-log' });
  filtered(lessons, [
    ['lesson-category-filter', 'Category', CATEGORIES, (row, v) => row.category === v],
    ['lesson-advice-filter', 'Advice', ['REPEAT', 'AVOID'], (row, v) => row.advice === v],
  ], (pass) => table('Lessons learned', ['Category', 'What happened', 'Advice', 'Recommendation', 'Logged'],
    view.lessons.filter(pass).map((l) => [l.category, l.whatHappened, l.advice, l.recommendation, `${l.loggedBy}, ${instant(l.loggedAt)}`])));

  const forms = [];
  if (open && onTheProject) {
    forms.push(h('section', { 'aria-labelledby': 'raise-issue-title' },
      h('h2', { id: 'raise-issue-title' }, 'Raise an issue'),
      h('form', {
        class: 'stack', id: 'raise-issue-form',
        onsubmit: submit('/issues', () => ({
          type: value('issue-type'), title: value('issue-title'), description: value('issue-description') || null,
          priority: value('issue-priority'), severity: value('issue-severity'), owner: value('issue-owner'),
        }), 'Issue raised'),
      },
      ...choice('issue-type', 'Type', ISSUE_TYPES),
      ...field('issue-title', 'Title', { required: true, maxlength: 200 }),
      ...textArea('issue-description', 'Description', { maxlength: 4000 }),
      ...choice('issue-priority', 'Priority', LEVELS),
      ...choice('issue-severity', 'Severity', LEVELS),
      ...field('issue-owner', 'Owner (user name)', { required: true, maxlength: 100, value: project.manager }),
      h('button', { type: 'submit' }, 'Raise the issue'))));
  }
  const resolvable = view.issues.filter((i) => i.state !== 'CLOSED' && (isManager || (i.owner === user && i.state === 'OPEN')));
  if (open && resolvable.length) {
    forms.push(h('section', { 'aria-labelledby': 'resolve-issue-title' },
      h('h2', { id: 'resolve-issue-title' }, 'Resolve or close an issue'),
      h('p', {}, 'The issue\'s owner or the manager resolves an open issue; the manager closes one, open or resolved. An off-specification or a request for change is escalated by a change request that names it (Changes).'),
      h('form', {
        class: 'stack', id: 'resolve-issue-form',
        onsubmit: (event) => submit(`/issues/${value('resolve-issue')}/${value('resolve-action')}`,
          () => ({ resolution: value('resolve-text') }), 'Issue updated')(event),
      },
      ...choice('resolve-issue', 'Issue', resolvable.map((i) => [i.issueId, `${i.title} (${i.state})`])),
      ...choice('resolve-action', 'Action', isManager ? [['resolution', 'Resolve'], ['closure', 'Close']] : [['resolution', 'Resolve']]),
      ...textArea('resolve-text', 'Resolution', { required: true, maxlength: 2000 }),
      h('button', { type: 'submit' }, 'Record'))));
  }
  const live = view.workPackages.filter((w) => !w.cancelled);
  if (open && isManager && live.length) {
    forms.push(h('section', { 'aria-labelledby': 'owner-title' },
      h('h2', { id: 'owner-title' }, 'Name a work package\'s owner'),
      h('p', {}, 'The owner reports the work package\'s progress and submits its deliverable.'),
      h('form', {
        class: 'stack', id: 'owner-form',
        onsubmit: (event) => submit(`/work-packages/${value('owner-wp')}/owner`, () => ({ owner: value('owner-user') }), 'Owner named', 'PUT')(event),
      },
      ...choice('owner-wp', 'Work package', live.map((w) => [w.workPackageId, w.name])),
      ...field('owner-user', 'Owner (user name)', { required: true, maxlength: 100 }),
      h('button', { type: 'submit' }, 'Name the owner'))));
    forms.push(h('section', { 'aria-labelledby': 'criteria-title' },
      h('h2', { id: 'criteria-title' }, 'Set a deliverable\'s acceptance criteria'),
      h('p', {}, 'The acceptor, a user with the SPONSOR or PMO role, accepts or rejects it, signed; never the one who submitted it. The hand-over waits for every deliverable accepted or waived.'),
      h('form', {
        class: 'stack', id: 'criteria-form',
        onsubmit: (event) => submit(`/work-packages/${value('criteria-wp')}/acceptance-criteria`, () => ({
          criteria: value('criteria-text').split('\n').map((c) => c.trim()).filter(Boolean),
          acceptor: value('criteria-acceptor'),
        }), 'Acceptance criteria set', 'PUT')(event),
      },
      ...choice('criteria-wp', 'Work package', live.map((w) => [w.workPackageId, w.name])),
      ...textArea('criteria-text', 'Criteria, one per line', { required: true }),
      ...field('criteria-acceptor', 'Acceptor (user name)', { required: true, maxlength: 100, value: project.sponsor }),
      h('button', { type: 'submit' }, 'Set the criteria'))));
  }
  const submittable = live.filter((w) => (w.state === 'NOT_SUBMITTED' || w.state === 'REJECTED') && (isManager || w.owner === user));
  if (open && submittable.length) {
    forms.push(h('section', { 'aria-labelledby': 'submit-title' },
      h('h2', { id: 'submit-title' }, 'Submit a deliverable for acceptance'),
      h('form', {
        class: 'stack', id: 'submit-form',
        onsubmit: (event) => submit(`/work-packages/${value('submit-wp')}/deliverable/submission`, () => ({ note: value('submit-note') }), 'Deliverable submitted')(event),
      },
      ...choice('submit-wp', 'Deliverable', submittable.map((w) => [w.workPackageId, w.name])),
      ...field('submit-note', 'Note (what is handed in)', { required: true, maxlength: 2000 }),
      h('button', { type: 'submit' }, 'Submit'))));
  }
  const decidable = live.filter((w) => w.state === 'SUBMITTED' && w.acceptor === user);
  if (open && decidable.length) {
    forms.push(h('section', { 'aria-labelledby': 'decide-title' },
      h('h2', { id: 'decide-title' }, 'Accept or reject a deliverable'),
      h('p', {}, 'A signed act, meaning APPROVAL: enter your password to sign.'),
      h('form', {
        class: 'stack', id: 'decide-form',
        onsubmit: (event) => {
          const accept = value('decide-action') === 'acceptance';
          return submit(`/work-packages/${value('decide-wp')}/deliverable/${value('decide-action')}`, () => (accept
            ? { comment: value('decide-text') || null, password: value('decide-password') }
            : { reason: value('decide-text'), password: value('decide-password') }), accept ? 'Deliverable accepted' : 'Deliverable rejected')(event);
        },
      },
      ...choice('decide-wp', 'Deliverable', decidable.map((w) => [w.workPackageId, `${w.name} (submitted by ${w.submittedBy})`])),
      ...choice('decide-action', 'Decision', [['acceptance', 'Accept'], ['rejection', 'Reject']]),
      ...textArea('decide-text', 'Comment (a rejection needs the reason)', { maxlength: 2000 }),
      ...field('decide-password', 'Your password, to sign', { type: 'password', required: true, autocomplete: 'current-password' }),
      h('button', { type: 'submit' }, 'Sign the decision'))));
  }
  const waivable = live.filter((w) => w.state && w.state !== 'ACCEPTED' && w.state !== 'WAIVED');
  if (open && isSponsor && waivable.length) {
    forms.push(h('section', { 'aria-labelledby': 'waive-title' },
      h('h2', { id: 'waive-title' }, 'Waive a deliverable\'s acceptance'),
      h('form', {
        class: 'stack', id: 'waive-form',
        onsubmit: (event) => submit(`/work-packages/${value('waive-wp')}/deliverable/waiver`, () => ({ reason: value('waive-reason'), password: value('waive-password') }), 'Acceptance waived')(event),
      },
      ...choice('waive-wp', 'Deliverable', waivable.map((w) => [w.workPackageId, `${w.name} (${w.state})`])),
      ...textArea('waive-reason', 'Why', { required: true, maxlength: 2000 }),
      ...field('waive-password', 'Your password, to sign', { type: 'password', required: true, autocomplete: 'current-password' }),
      h('button', { type: 'submit' }, 'Sign the waiver'))));
  }
  const openRisks = view.risks.filter((r) => r.open);
  if (open && isManager && openRisks.length) {
    forms.push(h('section', { 'aria-labelledby': 'response-title' },
      h('h2', { id: 'response-title' }, 'Plan a risk response'),
      h('p', {}, 'AVOID, REDUCE and TRANSFER answer threats; SHARE, ENHANCE and EXPLOIT opportunities; ACCEPT either. EMV is the cost impact times the probability read as 10, 30, 50, 70 or 90 %.'),
      h('form', {
        class: 'stack', id: 'response-form',
        onsubmit: (event) => submit(`/risks/${value('response-risk')}/response`, () => ({
          strategy: value('response-strategy'), owner: value('response-owner'), proximity: value('response-proximity'),
          costImpact: value('response-cost'), response: value('response-text'),
        }), 'Risk response planned')(event),
      },
      ...choice('response-risk', 'Risk', openRisks.map((r) => [r.riskId, `${r.title} (${r.kind})`])),
      ...choice('response-strategy', 'Strategy', STRATEGIES),
      ...field('response-owner', 'Response owner (user name)', { required: true, maxlength: 100 }),
      ...field('response-proximity', 'Proximity (may occur by)', { type: 'date', required: true }),
      ...field('response-cost', `Cost impact (${project.currency})`, { type: 'number', min: 0, step: '0.01', required: true }),
      ...textArea('response-text', 'Response', { required: true, maxlength: 2000 }),
      h('button', { type: 'submit' }, 'Plan the response'))));
    const reserve = project.budgetLines.filter((l) => l.category === 'CONTINGENCY');
    const others = project.budgetLines.filter((l) => l.category !== 'CONTINGENCY');
    if (reserve.length && others.length) {
      forms.push(h('section', { 'aria-labelledby': 'draw-title' },
        h('h2', { id: 'draw-title' }, 'Draw on the contingency reserve'),
        h('p', {}, 'Money leaves the CONTINGENCY line only against a named open risk. Within the reserve the sponsor approved with the baseline no change request is needed; beyond it, raise one.'),
        h('form', {
          class: 'stack', id: 'draw-form',
          onsubmit: submit('/budget-reallocations', () => ({
            fromBudgetLineId: value('draw-from'), toBudgetLineId: value('draw-to'), amount: value('draw-amount'),
            reason: value('draw-reason'), riskId: value('draw-risk'),
          }), 'Reserve drawn'),
        },
        ...choice('draw-risk', 'Against risk', openRisks.map((r) => [r.riskId, r.title])),
        ...choice('draw-from', 'From', reserve.map((l) => [l.budgetLineId, `${l.category} (${money(l.amount)})`])),
        ...choice('draw-to', 'To', others.map((l) => [l.budgetLineId, `${l.category} (${money(l.amount)})`])),
        ...field('draw-amount', `Amount (${project.currency})`, { type: 'number', min: 0.01, step: '0.01', required: true }),
        ...textArea('draw-reason', 'Why', { required: true, maxlength: 2000 }),
        h('button', { type: 'submit' }, 'Draw'))));
    }
  }
  if (onTheProject && !asOf) {
    forms.push(h('section', { 'aria-labelledby': 'lesson-title' },
      h('h2', { id: 'lesson-title' }, 'Log a lesson'),
      h('form', {
        class: 'stack', id: 'lesson-form',
        onsubmit: submit('/lessons', () => ({
          category: value('lesson-category'), whatHappened: value('lesson-what'), advice: value('lesson-advice'),
          recommendation: value('lesson-recommendation'),
        }), 'Lesson logged'),
      },
      ...choice('lesson-category', 'Category', CATEGORIES),
      ...textArea('lesson-what', 'What happened', { required: true, maxlength: 4000 }),
      ...choice('lesson-advice', 'Next time', [['REPEAT', 'Repeat it'], ['AVOID', 'Avoid it']]),
      ...textArea('lesson-recommendation', 'Recommendation', { required: true, maxlength: 4000 }),
      h('button', { type: 'submit' }, 'Log the lesson'))));
  }

  replace(content,
    asOfForm,
    asOf ? h('p', { class: 'notice', id: 'registers-as-of-note' }, `As the ledger knew it at ${instant(view.asOf)}.`) : null,
    h('section', { 'aria-labelledby': 'issues-title' }, h('h2', { id: 'issues-title' }, 'Issue register'), issues),
    h('section', { 'aria-labelledby': 'deliverables-title' }, h('h2', { id: 'deliverables-title' }, 'Work packages, owners and deliverables'), workPackages),
    h('section', { 'aria-labelledby': 'risks-title', id: 'risks' },
      h('h2', { id: 'risks-title' }, 'Risk register'),
      h('p', { id: 'exposure', class: exposure.covered ? '' : 'bad' },
        `Exposure (open threats' EMV) ${money(exposure.exposure)} against a remaining contingency reserve of ${money(exposure.reserveRemaining)}`
        + `${exposure.covered ? '' : ': not covered'}; drawn against risks ${money(exposure.drawn)}.`),
      risks),
    h('section', { 'aria-labelledby': 'draws-title' },
      h('h2', { id: 'draws-title' }, 'Draws on the contingency reserve'),
      table('Draws on the contingency reserve', ['Risk', 'To line', 'Amount', 'Why', 'Drawn'],
        view.reserveDraws.map((d) => [d.riskTitle || d.riskId, d.toCategory || '—', money(d.amount), d.reason, `${d.drawnBy || '—'}, ${instant(d.drawnAt)}`]))),
    h('section', { 'aria-labelledby': 'lessons-title' }, h('h2', { id: 'lessons-title' }, 'Lessons learned'), lessons),
    ...forms,
    status);
}

/** The end-project report: printable as it stands (the page's print style), and as CSV. */
export async function reportView(content, project, sub, context) {
  const base = `/api/projects/${project.projectId}`;
  const report = await api.get(`${base}/end-project-report`);
  const ev = report.earnedValue;
  const outcomes = (o) => Object.entries(o.byOutcome).map(([k, n]) => `${n} ${k.toLowerCase().replaceAll('_', ' ')}`).join(', ') || 'none';
  const csv = h('button', {
    type: 'button', id: 'report-csv',
    onclick: () => api.download(`${base}/exports/end-project-report.csv`, {}, `${project.code}-end-project-report.csv`)
      .catch((error) => context.showProblem(csvStatus, error)),
  }, 'Download as CSV');
  const csvStatus = h('span', { role: 'status' });
  replace(content,
    h('p', { class: 'no-print' },
      h('button', { type: 'button', id: 'report-print', onclick: () => window.print() }, 'Print'), ' ', csv, csvStatus),
    h('section', { 'aria-labelledby': 'report-heading', id: 'end-project-report' },
      h('h2', { id: 'report-heading' }, report.closed ? 'End-project report' : 'End-project report (draft: the project is not closed)'),
      h('dl', { class: 'facts' },
        h('dt', {}, 'Project'), h('dd', {}, `${report.code} · ${report.name}`),
        h('dt', {}, 'As of'), h('dd', {}, report.statusDate),
        h('dt', {}, 'State'), h('dd', {}, report.state),
        report.closure ? [h('dt', {}, 'Closed'), h('dd', {}, `${instant(report.closure.closedAt)}, signed by ${report.closure.printedName}: ${report.closure.note}`)] : null)),
    h('section', { 'aria-labelledby': 'report-ev-title' },
      h('h2', { id: 'report-ev-title' }, 'Earned value at close'),
      table(`Earned value, ${report.currency}`, ['BAC', 'PV', 'EV', 'AC', 'CV', 'SV', 'CPI', 'SPI', 'EAC', 'VAC'],
        [[money(ev.bac), money(ev.pv), money(ev.ev), money(ev.ac), money(ev.cv), money(ev.sv), index(ev.cpi), index(ev.spi), money(ev.eac), money(ev.vac)]])),
    h('section', { 'aria-labelledby': 'report-baselines-title' },
      h('h2', { id: 'report-baselines-title' }, 'Baselines'),
      table('Baselines', ['Baseline', 'Set', 'Planned cost', 'By change request'],
        report.baselines.map((b) => [String(b.baselineNumber), instant(b.recordedAt), money(b.totalPlannedCost), b.changeRequestId || '—']))),
    h('section', { 'aria-labelledby': 'report-items-title' },
      h('h2', { id: 'report-items-title' }, 'Planned against actual, per baseline'),
      table('Planned against actual', ['WBS', 'Item', 'Per baseline', 'Planned now', 'Actual', 'Complete', 'EV', 'AC', 'Finish variance', 'CV'],
        report.items.map((i) => [i.wbsCode || '—', i.name,
          h('ul', {}, i.baselines.map((b) => h('li', {}, `${b.baselineNumber}: ${b.start} to ${b.finish}, ${money(b.cost)}`))),
          `${i.plannedStart} to ${i.plannedFinish}, ${money(i.plannedCost)}`,
          `${i.actualStart || '—'} to ${i.actualFinish || '—'}`,
          `${i.percentComplete}%`, money(i.earnedValue), money(i.actualCost),
          i.finishVarianceDays === null ? '—' : `${i.finishVarianceDays} working days`, money(i.costVariance)]))),
    h('section', { 'aria-labelledby': 'report-cr-title' },
      h('h2', { id: 'report-cr-title' }, 'Change requests by outcome'),
      h('p', {}, outcomes(report.changeRequests)),
      table('Change requests', ['Title', 'Outcome', 'Raised', 'Decided'],
        report.changeRequests.rows.map((c) => [c.title, c.status, `${c.requestedBy}, ${instant(c.raisedAt)}`, c.decidedBy ? `${c.decidedBy}, ${instant(c.decidedAt)}` : '—']))),
    h('section', { 'aria-labelledby': 'report-issues-title' },
      h('h2', { id: 'report-issues-title' }, 'Issues by outcome'),
      h('p', {}, outcomes(report.issues)),
      table('Issues', ['Issue', 'Type', 'Outcome', 'Resolution'],
        report.issues.rows.map((i) => [i.title, i.type, i.state, i.resolution || '—']))),
    h('section', { 'aria-labelledby': 'report-risks-title' },
      h('h2', { id: 'report-risks-title' }, 'Risks by outcome'),
      h('p', {}, `${outcomes(report.risks)}. Exposure at close ${money(report.exposure.exposure)}; drawn from the reserve ${money(report.exposure.drawn)}; reserve left ${money(report.exposure.reserveRemaining)}.`),
      table('Risks', ['Risk', 'Kind', 'Strategy', 'EMV', 'Drawn', 'Outcome'],
        report.risks.rows.map((r) => [r.title, r.kind, r.strategy || '—', money(r.emv), money(r.drawn), r.open ? 'open' : `closed: ${r.closure}`]))),
    h('section', { 'aria-labelledby': 'report-tolerance-title' },
      h('h2', { id: 'report-tolerance-title' }, 'Tolerance exceptions'),
      table('Tolerance exceptions', ['Kind', 'Raised', 'Estimate or forecast', 'Limit'],
        report.toleranceExceptions.map((t) => [t.kind, instant(t.recordedAt),
          t.kind === 'SCHEDULE' ? t.forecastFinish : money(t.estimate), t.kind === 'SCHEDULE' ? `${t.baselineFinish} + tolerance` : money(t.limit)]))),
    h('section', { 'aria-labelledby': 'report-deliverables-title' },
      h('h2', { id: 'report-deliverables-title' }, 'Deliverables'),
      h('p', {}, outcomes(report.deliverables)),
      table('Deliverables', ['Work package', 'Acceptor', 'Outcome', 'Decided'],
        report.deliverables.rows.map((w) => [w.name, w.acceptor, w.state, w.decidedBy ? `${w.decidedBy}, ${instant(w.decidedAt)}` : '—']))),
    h('section', { 'aria-labelledby': 'report-lessons-title' },
      h('h2', { id: 'report-lessons-title' }, 'Lessons learned'),
      table('Lessons learned', ['Category', 'What happened', 'Advice', 'Recommendation'],
        report.lessons.map((l) => [l.category, l.whatHappened, l.advice, l.recommendation]))));
}
