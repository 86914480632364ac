// Charterline's "Projects" view in Cockpit (#/projects): every active project-lifecycle instance with its phase,
// health, SPI/CPI and the status date they are as of, forecast finish, open changes and open escalations, and the ended
// ones (closed, terminated, rejected) from the engine's history, which Cockpit CE itself does not show, a page at a
// time, the most recently ended first. It reads the engine API with the signed-in user's Cockpit session, so the
// engine's authorizations decide which projects a user sees, and with the same session Charterline's /api for a
// project's KPIs and change log, shown inside the project's row, so nobody is asked for a password again. Everything
// taken from the engine or the API goes into the DOM as text.

const ROUTE = '/projects';
const LIFECYCLE = 'project-lifecycle';
// Every running change-control instance a project called is still in flight and keeps the project executing;
// the requester's notice of a rejection or deferral runs in a process of its own and is not counted.
const CHANGE_CONTROL = 'change-control';
const ESCALATION_TASK = 'Task_DecideEscalation';
/** The timer of the lifecycle's status cycles: its due date is when the project is next measured. */
const STATUS_CYCLE_TIMER = 'StartEvent_StatusReportDue';
const PROJECT_NAME = 'projectName';
const ENDED_ON = 'endedOn';
const HEALTH = 'health';
const SPI = 'spi';
const CPI = 'cpi';
// The day the status cycle's figures (SPI, CPI, forecast) are as of, an ISO date.
const STATUS_DATE = 'statusDate';
// The stored report of the latest status cycle; every cycle sets it, also those that ran before STATUS_DATE existed.
const STATUS_REPORT_ID = 'statusReportId';
// The status cycle's forecast finish (an ISO date) and the calendar days it lies after the baseline's finish.
const FORECAST_FINISH = 'forecastFinishDate';
const FORECAST_LATE_DAYS = 'forecastLateDays';
const HEALTH_LABELS = {GREEN: 'label-success', AMBER: 'label-warning', RED: 'label-danger'};
const NOT_YET = '\u2014';
// A figure the closeout snapshot of a terminated project leaves out, and why.
const NOT_AT_TERMINATION = 'not given: terminated';
const NOT_AT_TERMINATION_WHY = 'Not given at closeout: the project was terminated, and this figure would score its '
    + 'work against the plan the termination abandoned';
// How a lifecycle ends: its end events directly under the process, and the status Charterline records for each.
const OUTCOMES = {
  EndEvent_ProjectClosed: 'CLOSED',
  EndEvent_ProjectTerminated: 'TERMINATED',
  EndEvent_ProjectRejected: 'REJECTED'
};
const OUTCOME_LABELS = {CLOSED: 'label-success', TERMINATED: 'label-warning', REJECTED: 'label-default'};
// Only a closed or terminated project gets a closeout report; a rejected charter never reaches closing.
const WITH_REPORT = ['CLOSED', 'TERMINATED'];
// Charterline's API beside the engine's: the same server, outside Cockpit's own path.
const API = '/api/projects/';
const STYLESHEET_ID = 'charterline-projects-css';
// Ended projects only grow; a page of them costs the same few requests however many there are.
const ENDED_PAGE_SIZE = 20;
// What a failure without an engine message means to the person looking at the view.
const FAILURE_HINTS = {
  401: 'your Cockpit session has ended; sign in again',
  403: 'you may not read these projects; ask an administrator for the engine authorizations of your group'
};
// The same for Charterline's API, whose own answer to a missing sign-in speaks of HTTP Basic, not of Cockpit.
const API_FAILURE_HINTS = {
  401: FAILURE_HINTS[401],
  403: 'you may not read this project\'s records',
  404: 'Charterline knows no such project'
};
const NO_ANSWER = 'the server did not answer; check the connection and try again';
// A project's records that open inside its row: what the toggle says, where the API has them, how they read.
const RECORDS = {
  kpis: {label: 'KPIs', path: '/kpis', title: 'The latest status cycle\'s figures and every cycle before it',
    what: 'KPIs', render: kpisPanel},
  changeLog: {label: 'Change log', path: '/change-log', title: 'Every step of every change request',
    what: 'change log', render: changeLogPanel}
};
const money = new Intl.NumberFormat('en-US', {style: 'currency', currency: 'USD'});
const percent = new Intl.NumberFormat('en-US', {style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1});
const decimal = new Intl.NumberFormat('en-US', {minimumFractionDigits: 1, maximumFractionDigits: 1});

// The view that is loading, so leaving the page can cancel its requests.
let loading = null;

export default [
  {
    id: 'charterline-projects-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 110,
    render(node) {
      node.appendChild(element('a', {href: '#' + ROUTE}, 'Projects'));
    },
    checkActive(url) {
      return url.includes('#' + ROUTE);
    }
  },
  {
    id: 'charterline-projects',
    pluginPoint: 'cockpit.route',
    properties: {
      path: ROUTE
    },
    render(node, {api}) {
      addStylesheet();
      const view = new ProjectsView(node, api);
      view.load();
    },
    unmount() {
      if (loading) {
        loading.abort();
        loading = null;
      }
    }
  }
];

class ProjectsView {

  constructor(node, api) {
    this.api = api;
    this.summary = element('p', {className: 'charterline-projects-summary text-muted'});
    this.refresh = element('button', {type: 'button', className: 'btn btn-default btn-sm'}, 'Refresh');
    this.refresh.addEventListener('click', () => this.load());
    this.content = element('div', {className: 'charterline-projects-content'});
    // The first ended project shown (0 = the most recently ended); Refresh stays on the page.
    this.endedFirst = 0;

    const header = element('header', {className: 'charterline-projects-header'},
        element('h1', {className: 'section-title'}, 'Projects'), this.refresh);
    node.appendChild(element('div', {className: 'ctn-view dashboard container-fluid charterline-projects'},
        element('section', {}, element('div', {className: 'inner'}, header, this.summary, this.content))));
  }

  /** Loads the active projects and the current page of ended ones. */
  load() {
    this.refresh.disabled = true;
    this.summary.textContent = '';
    this.content.replaceChildren(element('p', {className: 'charterline-projects-loading'},
        element('span', {className: 'glyphicon glyphicon-refresh animate-spin'}), ' Loading projects\u2026'));
    return this.run(async (engine, charterline) => {
      // One after the other, so that a failure names the first request that failed, not whichever lost a race.
      const projects = await loadProjects(engine, charterline);
      const ended = await loadEndedProjects(engine, this.endedFirst);
      return () => this.showProjects(projects, ended);
    });
  }

  /** Loads another page of ended projects; the active ones stay as they are. */
  showEndedPage(first) {
    this.refresh.disabled = true;
    this.endedSection.querySelectorAll('.charterline-ended-pager button').forEach(button => {
      button.disabled = true;
    });
    return this.run(async engine => {
      const ended = await loadEndedProjects(engine, first);
      return () => this.showEnded(ended);
    });
  }

  /** Runs one load with its own requests, cancelled by the next load or by leaving the view; shows its failure. */
  async run(task) {
    if (loading) {
      loading.abort();
    }
    const controller = new AbortController();
    loading = controller;
    try {
      const show = await task(new EngineApi(this.api, controller.signal), new CharterlineApi(controller.signal));
      if (!controller.signal.aborted) {
        show();
      }
    } catch (error) {
      if (!controller.signal.aborted) {
        this.showError(error);
      }
    } finally {
      if (loading === controller) {
        loading = null;
      }
      this.refresh.disabled = false;
    }
  }

  showProjects(projects, ended) {
    this.projects = projects;
    this.endedFirst = ended.first;
    this.endedSection = endedSection(ended, first => this.showEndedPage(first));
    this.content.replaceChildren(activeSection(projects), this.endedSection);
    this.summarise(ended.total);
  }

  showEnded(ended) {
    this.endedFirst = ended.first;
    const section = endedSection(ended, first => this.showEndedPage(first));
    this.endedSection.replaceWith(section);
    this.endedSection = section;
    this.summarise(ended.total);
  }

  summarise(endedTotal) {
    const red = this.projects.filter(project => project.health === 'RED').length;
    const late = this.projects.filter(project => isLate(project.forecastLateDays)).length;
    const escalations = this.projects.reduce((sum, project) => sum + project.openEscalations, 0);
    this.summary.textContent = [
      count(this.projects.length, 'active project', 'active projects'),
      red + ' rated RED',
      late + ' forecast late',
      count(escalations, 'open escalation', 'open escalations'),
      count(endedTotal, 'ended project', 'ended projects')
    ].join(' \u00b7 ');
  }

  showError(error) {
    this.summary.textContent = '';
    this.content.replaceChildren(element('div', {className: 'alert alert-danger', role: 'alert'},
        element('strong', {}, 'The projects could not be loaded. '), error.message));
  }
}

function activeSection(projects) {
  if (projects.length === 0) {
    return element('p', {className: 'charterline-projects-empty'},
        'No active project. A project appears here once its charter is submitted.');
  }
  const numbers = ['SPI', 'CPI', 'Open escalations'];
  const head = element('tr', {}, ...['Project', 'Name', 'Phase', 'Health', 'SPI', 'CPI', 'Status date',
    'Forecast finish',
    'Open changes', 'Open escalations', 'Details']
      .map(title => element('th', {className: numbers.includes(title) ? 'number' : ''}, title)));
  const rows = projects.map(project => element('tr', {dataset: {projectKey: project.key}},
      element('td', {className: 'project-key'},
          element('a', {href: '#/process-instance/' + encodeURIComponent(project.instanceId) + '/runtime'},
              project.key)),
      element('td', {className: 'project-name'}, project.name || NOT_YET),
      element('td', {className: 'project-phase'}, project.phase || NOT_YET),
      element('td', {className: 'project-health'}, healthBadge(project.health)),
      element('td', {className: 'project-spi number'}, index(project.spi)),
      element('td', {className: 'project-cpi number'}, index(project.cpi)),
      element('td', {className: 'project-status-date'}, asOf(project.statusDate, project.statusDateSource),
          ...nextCycle(project.statusDate, project.nextStatusCycle)),
      element('td', {className: 'project-forecast'}, ...forecast(project.forecastFinish, project.forecastLateDays,
          project.spi)),
      element('td', {className: 'project-changes'}, ...changes(project.openChanges)),
      element('td', {className: 'project-escalations number' + (project.openEscalations ? ' attention' : '')},
          String(project.openEscalations)),
      element('td', {className: 'project-details'}, ...recordToggles(project.key, head.children.length))));
  return element('table', {className: 'cam-table charterline-projects-table'},
      element('thead', {}, head), element('tbody', {}, ...rows));
}

/**
 * One page of the closed, terminated and rejected projects, most recently ended first, with their report and
 * records, and the buttons to the newer and older pages.
 */
function endedSection(ended, showPage) {
  const title = element('h2', {className: 'section-title charterline-projects-ended-title'}, 'Ended projects');
  if (ended.total === 0) {
    return element('section', {}, title, element('p', {className: 'charterline-ended-empty'},
        'No project has ended yet. A project appears here once it is closed, terminated or its charter rejected.'));
  }
  const head = element('tr', {}, ...['Project', 'Name', 'Outcome', 'Ended', 'Closeout report', 'Records']
      .map(heading => element('th', {}, heading)));
  const rows = ended.projects.map(project => element('tr', {dataset: {projectKey: project.key}},
      element('td', {className: 'project-key'}, project.key),
      element('td', {className: 'project-name'}, project.name || NOT_YET),
      element('td', {className: 'project-outcome'}, outcomeBadge(project.outcome)),
      element('td', {className: 'project-ended'}, project.ended || NOT_YET),
      element('td', {className: 'project-report'}, ...(WITH_REPORT.includes(project.outcome)
          ? links(project.key, [['HTML', '/closeout-report', 'The closeout report to read'],
            ['PDF', '/closeout-report.pdf', 'The closeout report to download']])
          : [element('span', {className: 'text-muted'},
              project.outcome === 'REJECTED' ? 'none: charter rejected' : NOT_YET)])),
      element('td', {className: 'project-records'},
          ...recordToggles(project.key, head.children.length, project.outcome))));
  return element('section', {}, title, element('table',
      {className: 'cam-table charterline-projects-table charterline-ended-table'},
      element('thead', {}, head), element('tbody', {}, ...rows)), pager(ended, showPage));
}

/** "41–60 of 312 ended projects" with the buttons to the newer and the older page. */
function pager(ended, showPage) {
  const last = ended.first + ended.projects.length;
  const newer = element('button', {type: 'button', className: 'btn btn-default btn-sm charterline-ended-newer',
    title: 'The ' + ENDED_PAGE_SIZE + ' projects that ended after these', disabled: ended.first === 0}, 'Newer');
  const older = element('button', {type: 'button', className: 'btn btn-default btn-sm charterline-ended-older',
    title: 'The ' + ENDED_PAGE_SIZE + ' projects that ended before these', disabled: last >= ended.total}, 'Older');
  newer.addEventListener('click', () => showPage(Math.max(0, ended.first - ENDED_PAGE_SIZE)));
  older.addEventListener('click', () => showPage(last));
  return element('div', {className: 'charterline-ended-pager'},
      element('span', {className: 'charterline-ended-range text-muted'},
          (ended.first + 1) + '\u2013' + last + ' of ' + count(ended.total, 'ended project', 'ended projects')),
      element('div', {className: 'btn-group'}, newer, older));
}

/**
 * The buttons that open a project's KPIs or change log in a row under the project's own, fetched then with the
 * Cockpit session; the open one closes again, the other one takes its place. An ended project's outcome (none for a
 * running one) tells the record what it can still expect.
 */
function recordToggles(projectKey, columns, outcome) {
  const buttons = Object.entries(RECORDS).map(([name, record]) => {
    const button = element('button', {type: 'button', title: record.title,
      className: 'btn btn-link btn-xs charterline-records-toggle', dataset: {record: name}}, record.label);
    button.setAttribute('aria-expanded', 'false');
    button.addEventListener('click', () => toggleRecords(button, projectKey, name, columns, outcome));
    return button;
  });
  return buttons.flatMap((button, position) => [...(position > 0 ? [' \u00b7 '] : []), button]);
}

function toggleRecords(button, projectKey, name, columns, outcome) {
  const row = button.closest('tr');
  const open = row.nextElementSibling && row.nextElementSibling.classList.contains('charterline-records-row')
    ? row.nextElementSibling : null;
  const wasOpen = button.getAttribute('aria-expanded') === 'true';
  row.querySelectorAll('.charterline-records-toggle').forEach(toggle => toggle.setAttribute('aria-expanded', 'false'));
  if (open) {
    open.remove();
  }
  if (wasOpen) {
    return;
  }
  button.setAttribute('aria-expanded', 'true');
  const record = RECORDS[name];
  const panel = element('div', {className: 'charterline-records charterline-' + name},
      element('p', {className: 'charterline-records-loading text-muted'},
          element('span', {className: 'glyphicon glyphicon-refresh animate-spin'}),
          ' Loading the ' + record.what + ' of ' + projectKey + '\u2026'));
  const cell = element('td', {colSpan: columns}, panel);
  // Not data-project-key: that names the project's own row.
  row.after(element('tr', {className: 'charterline-records-row', dataset: {recordsOf: projectKey, record: name}},
      cell));
  new CharterlineApi().project(projectKey, record.path)
      .then(answer => panel.replaceChildren(...record.render(answer, outcome)))
      .catch(error => panel.replaceChildren(element('div', {className: 'alert alert-danger', role: 'alert'},
          element('strong', {}, 'The ' + record.what + ' of ' + projectKey + ' could not be loaded. '),
          error.message)));
}

/**
 * The latest status cycle's figures with their labels, the day they are as of, the rating and the forecast; what
 * changed the plan since; and every cycle before, oldest first.
 */
function kpisPanel(kpis, outcome) {
  const latest = kpis.current;
  if (!latest) {
    return [element('p', {className: 'charterline-kpis-none text-muted'}, noKpis(outcome))];
  }
  const title = latest.closeout ? 'Closeout snapshot' : 'Status cycle ' + latest.cycleNumber;
  const summary = element('p', {className: 'charterline-kpis-summary'},
      element('strong', {}, title), ' \u00b7 status date ',
      element('span', {className: 'kpi-status-date'}, String(latest.statusDate)), ' \u00b7 health ',
      element('span', {className: 'kpi-health'}, latest.closeout
          ? element('span', {className: 'text-muted', title: 'An ended project is not rated'}, 'not rated')
          : healthBadge(latest.health)),
      ...(latest.recommendedAction ? [' \u00b7 recommended action ',
        element('span', {className: 'kpi-action'}, String(latest.recommendedAction))] : []),
      // The closeout snapshot forecasts nothing: the project has finished.
      ...(latest.closeout ? [] : [' \u00b7 forecast finish ', element('span', {className: 'kpi-forecast'},
          ...forecast(latest.forecastFinishDate, latest.forecastLateDays, latest.spi))]));
  const figures = element('table', {className: 'table table-condensed charterline-kpi-figures'},
      element('thead', {}, element('tr', {}, element('th', {}, 'Figure'),
          element('th', {className: 'number'}, 'Value'), element('th', {}, 'Unit'))),
      element('tbody', {}, ...kpiFigures(latest).map(([name, label, value, unit, title]) =>
          element('tr', {dataset: {figure: name}, title},
              element('th', {className: 'kpi-label'}, label),
              element('td', {className: 'kpi-value number'}, value),
              element('td', {className: 'kpi-unit text-muted'}, unit)))));
  return [summary, ...sinceLatest(kpis.sinceCurrent), ...registerSinceLatest(kpis.sinceCurrent, latest.health),
    figures, cycleHistory(kpis.history)];
}

/** Why a project has no KPIs: a running one waits for its first status report, an ended one gets none. */
function noKpis(outcome) {
  if (!outcome) {
    return 'No status cycle has measured this project yet: its KPIs appear with the first status report.';
  }
  return (outcome === 'REJECTED' ? 'Its charter was rejected: the project' : 'The project')
      + ' ended before any status report measured it, so it has no KPIs and none will come.';
}

/** [name, label, value, unit, what it means] of each figure of a status report, in the order a manager reads them. */
function kpiFigures(report) {
  // The closeout snapshot leaves them out only for a terminated project: they would score the work against the
  // plan the termination abandoned.
  const notGiven = value => report.closeout && missing(value);
  const scored = (value, shown) => notGiven(value) ? NOT_AT_TERMINATION : shown;
  const meaning = (value, what) => notGiven(value) ? NOT_AT_TERMINATION_WHY : what;
  const share = value => missing(value) ? NOT_YET : percent.format(Number(value));
  const hours = value => missing(value) ? NOT_YET : decimal.format(Number(value));
  const bySeverity = counts => counts ? ['critical', 'high', 'medium', 'low']
      .map(severity => counts[severity] + ' ' + severity).join(', ') : NOT_YET;
  return [
    ['spi', 'Schedule performance index (SPI)', scored(report.spi, index(report.spi)), 'ratio',
      meaning(report.spi, 'EV / PV: below 1 is behind schedule')],
    ['cpi', 'Cost performance index (CPI)', missing(report.cpi) ? 'not computable: no cost booked yet'
      : index(report.cpi), 'ratio', 'EV / AC: below 1 is over cost'],
    ['plannedValue', 'Planned value (PV)', cash(report.plannedValue), 'USD',
      'Budgeted cost of the work scheduled up to the status date'],
    ['earnedValue', 'Earned value (EV)', cash(report.earnedValue), 'USD', 'Budgeted cost of the work performed'],
    ['actualCost', 'Actual cost (AC)', cash(report.actualCost), 'USD', 'Cost booked so far'],
    ['scheduleVariance', 'Schedule variance (SV)', cash(report.scheduleVariance), 'USD', 'EV \u2212 PV'],
    ['costVariance', 'Cost variance (CV)', cash(report.costVariance), 'USD', 'EV \u2212 AC'],
    ['budgetAtCompletion', 'Budget at completion (BAC)', cash(report.budgetAtCompletion), 'USD',
      'Planned cost of the baseline'],
    ['estimateAtCompletion', 'Estimate at completion (EAC)', cash(report.estimateAtCompletion), 'USD',
      'What the project is forecast to cost: BAC / CPI'],
    ['estimateToComplete', 'Estimate to complete (ETC)', cash(report.estimateToComplete), 'USD', 'EAC \u2212 AC'],
    ['varianceAtCompletion', 'Variance at completion (VAC)', cash(report.varianceAtCompletion), 'USD',
      notGiven(report.spi) ? 'BAC \u2212 EAC: the planned cost not spent because the termination stopped the work, '
        + 'not a saving' : 'BAC \u2212 EAC: the forecast against the baseline\'s planned cost'],
    ['approvedBudget', 'Approved budget', cash(report.approvedBudget), 'USD',
      'The charter\'s budget plus the budget changes approved by the status date'],
    ['budgetHeadroomAtCompletion', 'Budget headroom at completion', cash(report.budgetHeadroomAtCompletion), 'USD',
      'Approved budget \u2212 EAC: negative is how far the forecast exceeds the approved money'],
    ['scheduleAdherence', 'Schedule adherence', scored(report.scheduleAdherence, share(report.scheduleAdherence)),
      '% of packages due',
      meaning(report.scheduleAdherence, 'Share of the work packages due by the status date that are done')],
    ['budgetAccuracy', 'Budget accuracy', scored(report.budgetAccuracy, share(report.budgetAccuracy)),
      '% of planned cost',
      meaning(report.budgetAccuracy, '1 \u2212 the deviation of actual from planned cost over the done packages')],
    ['plannedFinish', 'Planned finish', report.plannedFinish || NOT_YET, 'date',
      'The latest planned finish of the baseline\'s work packages'],
    // At closeout SPI and schedule adherence are 1 for every finished project, however late: these say how late.
    ...(report.closeout && !missing(report.actualFinish) ? [['actualFinish', 'Actual finish',
      report.actualFinish + ' (' + finishAgainstPlan(Number(report.finishLateDays)) + ')', 'date',
      'The day the last work package was done, against the planned finish']] : []),
    ...(report.closeout && !missing(report.onTimeShare) ? [['onTimeShare', 'On-time share',
      share(report.onTimeShare), '% of done packages', 'Work packages done by their planned finish']] : []),
    ['approvedChanges', 'Approved changes', String(report.approvedChanges), 'change requests',
      'Applied to the baseline and not backed out'],
    ['baselineHours', 'Baseline estimate', hours(report.baselineHours), 'hours', 'Estimate of the current baseline'],
    ['scopeAddedShare', 'Scope added since baseline v1', share(report.scopeAddedShare), '% of v1 hours',
      'Negative when scope was cut'],
    ['actualHours', 'Hours reported', hours(report.actualHours), 'hours',
      'Time entries and the totals given at completion'],
    report.closeout
      ? ['resourceUtilisation', 'Resource utilisation over the project\'s life',
        missing(report.resourceUtilisation) ? 'not measured' : share(report.resourceUtilisation),
        '% of available hours', missing(report.resourceUtilisation)
          ? 'Nobody of the resource pool booked hours on the project, so no available hours to measure against '
            + 'are known'
          : 'Hours its people of the resource pool worked on all projects (time entries) over their available '
            + 'hours (by their calendars at closeout), from the week its first work package was released to the '
            + 'closeout week']
      : ['resourceUtilisation', 'Resource utilisation', share(report.resourceUtilisation), '% of available hours',
        'Booked over available hours of the project\'s people in the week of the status date; above 100 % is '
        + 'overbooked'],
    ['openRisks', 'Open risks', bySeverity(report.openRisks), 'by severity', 'Risks not closed'],
    ['openIssues', 'Open issues', bySeverity(report.openIssues), 'by severity', 'Issues not resolved']
  ];
}

/** "1 day late", "on time" or "2 days early": an actual finish against the planned one. */
function finishAgainstPlan(lateDays) {
  if (lateDays === 0) {
    return 'on time';
  }
  return lateDays > 0 ? count(lateDays, 'day late', 'days late') : count(-lateDays, 'day early', 'days early');
}

/**
 * What moved the plan after the latest cycle, which its figures do not measure yet, beside today's baseline and
 * approved budget; nothing when nothing did. A change that moved only the approved budget or only services took
 * effect without a new baseline version, so the banner does not say it changed the baseline.
 */
function sinceLatest(since) {
  if (!since || since.changesApplied === 0) {
    return [];
  }
  const baseline = missing(since.currentBaselineVersion) ? 'no approved baseline'
    : 'baseline v' + since.currentBaselineVersion + ' (BAC ' + cash(since.currentBudgetAtCompletion) + ')';
  return [element('p', {className: 'charterline-kpis-since alert alert-info'},
      'Since this cycle, ' + count(since.changesApplied, 'change', 'changes') + ' took effect or '
      + (since.changesApplied === 1 ? 'was' : 'were') + ' backed out (' + since.changeRequests.join(', ')
      + '), on the baseline, the approved budget or the services. Today: ' + baseline + ', approved budget '
      + money.format(Number(since.currentApprovedBudget)) + '. The next status cycle measures them.')];
}

/**
 * The risks and issues raised or settled after the latest cycle, which its health and open counts do not measure
 * yet, and what the project-health decision would rate today's open ones: the rating itself comes with the next
 * cycle. Nothing when the register did not move (and for an ended project, whose register closed with it).
 */
function registerSinceLatest(since, health) {
  if (!since || !since.risksRaised) {
    return [];
  }
  const moves = [
    [since.issuesRaised, 'issue', 'issues', 'raised'], [since.risksRaised, 'risk', 'risks', 'raised'],
    [since.issuesClosed, 'issue', 'issues', 'resolved or closed'], [since.risksClosed, 'risk', 'risks', 'closed']
  ].map(([counts, singular, plural, verb]) => bySeverityWords(counts, singular, plural, verb)).filter(Boolean);
  if (moves.length === 0) {
    return [];
  }
  const rated = since.healthIfRatedToday === health
    ? 'Rated today with this cycle\'s SPI and CPI, project health would still be ' + health + '.'
    : 'Health is rated at the next status cycle; rated today with this cycle\'s SPI and CPI, project health would '
      + 'be ' + since.healthIfRatedToday + ': ' + since.recommendedActionIfRatedToday;
  return [element('p', {className: 'charterline-kpis-register-since alert '
        + (since.healthIfRatedToday === health ? 'alert-info' : 'alert-warning')},
      'Since this cycle, ' + moves.join('; ') + '. ', element('span', {className: 'kpi-health-today'}, rated))];
}

/** "1 critical and 2 high issues raised", or null when there are none. */
function bySeverityWords(counts, singular, plural, verb) {
  const parts = ['critical', 'high', 'medium', 'low'].filter(severity => counts[severity] > 0)
      .map(severity => counts[severity] + ' ' + severity);
  if (parts.length === 0) {
    return null;
  }
  const total = ['critical', 'high', 'medium', 'low'].reduce((sum, severity) => sum + counts[severity], 0);
  const listed = parts.length === 1 ? parts[0] : parts.slice(0, -1).join(', ') + ' and ' + parts[parts.length - 1];
  return listed + ' ' + (total === 1 ? singular : plural) + ' ' + verb;
}

function cycleHistory(reports) {
  const head = element('tr', {}, ...['Cycle', 'Status date', 'Health', 'SPI', 'CPI', 'EAC', 'Forecast finish']
      .map(heading => element('th', {className: ['SPI', 'CPI', 'EAC'].includes(heading) ? 'number' : ''}, heading)));
  const rows = reports.map(report => element('tr', {},
      element('td', {}, report.closeout ? 'closeout' : String(report.cycleNumber)),
      element('td', {}, String(report.statusDate)),
      element('td', {}, report.closeout ? NOT_YET : healthBadge(report.health)),
      element('td', {className: 'number'}, index(report.spi)),
      element('td', {className: 'number'}, index(report.cpi)),
      element('td', {className: 'number'}, cash(report.estimateAtCompletion)),
      element('td', {}, ...forecast(report.forecastFinishDate, report.forecastLateDays, report.spi))));
  return element('div', {}, element('h4', {}, 'Every status cycle, oldest first'),
      element('table', {className: 'table table-condensed charterline-kpi-history'},
          element('thead', {}, head), element('tbody', {}, ...rows)));
}

/** Every step of every change request of the project, oldest first. */
function changeLogPanel(entries) {
  if (entries.length === 0) {
    return [element('p', {className: 'charterline-change-log-none text-muted'},
        'No change has been requested for this project.')];
  }
  const head = element('tr', {}, ...['Date', 'Change', 'Event', 'Actor', 'Text']
      .map(heading => element('th', {}, heading)));
  const rows = entries.map(entry => element('tr', {},
      element('td', {className: 'log-date'}, dateTime(entry.at)),
      element('td', {className: 'log-change'}, entry.changeRequestId || NOT_YET),
      element('td', {className: 'log-event'}, eventName(entry.event)),
      // People by name, as the closeout report names them; their user ids on hover.
      element('td', {className: 'log-actor', title: entry.actor || ''}, entry.actorNames || entry.actor || NOT_YET),
      element('td', {className: 'log-text'}, entry.detail || NOT_YET)));
  return [element('table', {className: 'table table-condensed charterline-change-log'},
      element('thead', {}, head), element('tbody', {}, ...rows))];
}

/** "SPONSOR_APPROVED" as a person says it: "Sponsor approved". */
function eventName(event) {
  const words = String(event).toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** An instant as the browser's local day and minute, "2026-11-20 14:03". */
function dateTime(instant) {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) {
    return String(instant);
  }
  const two = number => String(number).padStart(2, '0');
  return at.getFullYear() + '-' + two(at.getMonth() + 1) + '-' + two(at.getDate()) + ' '
      + two(at.getHours()) + ':' + two(at.getMinutes());
}

/** Links into Charterline's API for one project, opened beside Cockpit with the Cockpit session. */
function links(projectKey, targets) {
  return targets.flatMap(([text, path, title], position) => [
    ...(position > 0 ? [' \u00b7 '] : []),
    element('a', {href: API + encodeURIComponent(projectKey) + path, target: '_blank', rel: 'noopener',
      title, className: 'project-link'}, text)
  ]);
}

/** The projects the user may read, sorted by project key, with their figures from the engine. */
async function loadProjects(engine, charterline) {
  const instances = await engine.query('/process-instance', {processDefinitionKey: LIFECYCLE, active: true});
  if (instances.length === 0) {
    return [];
  }
  const ids = instances.map(instance => instance.id);
  const [variables, escalationTasks, cycleTimers, perInstance] = await Promise.all([
    engine.query('/variable-instance?deserializeValues=false',
        {processInstanceIdIn: ids, variableNameIn: [PROJECT_NAME, HEALTH, SPI, CPI, STATUS_DATE,
          FORECAST_FINISH, FORECAST_LATE_DAYS, STATUS_REPORT_ID]}),
    engine.query('/task', {processInstanceIdIn: ids, taskDefinitionKey: ESCALATION_TASK}),
    // Every lifecycle's cycle timer, matched to the listed projects below: the engine 7.24 writes the SQL of
    // processInstanceIds together with activityId without its AND, which fails the whole query.
    engine.query('/job', {activityId: STATUS_CYCLE_TIMER, timers: true}),
    // The engine answers neither question for many instances at once, so ask per project, in parallel.
    Promise.all(ids.map(id => Promise.all([
      engine.get('/process-instance/' + encodeURIComponent(id) + '/activity-instances'),
      changesInFlight(engine, id)
    ])))
  ]);

  const valuesById = new Map(ids.map(id => [id, {}]));
  variables
      // Only the project's own variables: a subprocess may hold a local variable of the same name.
      .filter(variable => variable.executionId === variable.processInstanceId)
      .forEach(variable => {
        valuesById.get(variable.processInstanceId)[variable.name] = variable.value;
      });
  const escalationsById = tally(escalationTasks.map(task => task.processInstanceId));
  const nextCycleById = new Map(cycleTimers.map(timer => [timer.processInstanceId, timer.dueDate]));

  const projects = instances
      .map((instance, position) => {
        const [activityTree, openChanges] = perInstance[position];
        const values = valuesById.get(instance.id);
        return {
          instanceId: instance.id,
          key: instance.businessKey || instance.id,
          name: values[PROJECT_NAME],
          phase: phaseOf(activityTree),
          health: values[HEALTH],
          spi: values[SPI],
          cpi: values[CPI],
          statusDate: values[STATUS_DATE],
          statusReported: values[STATUS_REPORT_ID] !== undefined && values[STATUS_REPORT_ID] !== null,
          forecastFinish: values[FORECAST_FINISH],
          forecastLateDays: values[FORECAST_LATE_DAYS],
          openChanges,
          openEscalations: escalationsById.get(instance.id) || 0,
          nextStatusCycle: nextCycleById.get(instance.id)
        };
      })
      .sort((a, b) => a.key.localeCompare(b.key));
  await Promise.all(projects.filter(project => !project.statusDate && project.statusReported)
      .map(project => dateOfLatestReport(project, charterline)));
  return projects;
}

/**
 * A project rated before its status date was kept beside its figures has none until its next status cycle; its
 * latest stored status report knows the day. A failure to read it is said in the cell, not in the whole view.
 */
async function dateOfLatestReport(project, charterline) {
  try {
    const kpis = await charterline.project(project.key, RECORDS.kpis.path);
    if (kpis.current) {
      project.statusDate = kpis.current.statusDate;
      project.statusDateSource = 'report';
    }
  } catch (error) {
    if (error.name === 'AbortError') {
      throw error;
    }
    project.statusDateSource = error;
  }
}

/**
 * The page of lifecycles that ended from the given position, the most recent end first, with how each ended and
 * how many ended in all: the same six requests for any page, whatever the number of ended projects.
 */
async function loadEndedProjects(engine, from) {
  const ended = {processDefinitionKey: LIFECYCLE, finished: true};
  const {count: total} = await engine.query('/history/process-instance/count', ended);
  // A page beyond the end (its projects were removed from the history since) becomes the last page.
  const first = Math.min(from, Math.floor(Math.max(total - 1, 0) / ENDED_PAGE_SIZE) * ENDED_PAGE_SIZE);
  const instances = await engine.query('/history/process-instance?' + new URLSearchParams(
      {firstResult: first, maxResults: ENDED_PAGE_SIZE}), {...ended,
    // The instance id orders projects that ended in the same millisecond, so that no one is on two pages.
    sorting: [{sortBy: 'endTime', sortOrder: 'desc'}, {sortBy: 'instanceId', sortOrder: 'desc'}]});
  if (instances.length === 0) {
    return {first, total, projects: []};
  }
  const ids = instances.map(instance => instance.id);
  const [names, ...reachedEach] = await Promise.all([
    engine.query('/history/variable-instance?deserializeValues=false',
        {processInstanceIdIn: ids, variableNameIn: [PROJECT_NAME, ENDED_ON]}),
    // Which of the page's projects reached each end event, one query per end event: the engine's history
    // names an instance's end event only per instance.
    ...Object.keys(OUTCOMES).map(endEvent => engine.query('/history/process-instance',
        {processInstanceIds: ids, executedActivityIdIn: [endEvent]}))
  ]);
  const valuesById = new Map(ids.map(id => [id, {}]));
  names
      .filter(variable => variable.executionId === variable.processInstanceId)
      .forEach(variable => {
        valuesById.get(variable.processInstanceId)[variable.name] = variable.value;
      });
  const outcomeById = new Map();
  Object.values(OUTCOMES).forEach((outcome, position) => reachedEach[position]
      .forEach(instance => outcomeById.set(instance.id, outcome)));
  const projects = instances.map(instance => ({
    key: instance.businessKey || instance.id,
    name: valuesById.get(instance.id)[PROJECT_NAME],
    // An instance cancelled by hand reached no end event; the engine's state says so.
    outcome: outcomeById.get(instance.id) || instance.state,
    // The project's own day (a demo project is replayed); the instance's end for one that ended before it was kept
    ended: valuesById.get(instance.id)[ENDED_ON] || (instance.endTime ? instance.endTime.substring(0, 10) : null)
  }));
  return {first, total, projects};
}

/** The running change-control instances the project has called, by change request id. */
async function changesInFlight(engine, projectInstanceId) {
  const changes = await engine.get('/process-instance?' + new URLSearchParams(
      {processDefinitionKey: CHANGE_CONTROL, superProcessInstance: projectInstanceId, active: 'true'}));
  return changes
      .map(change => ({instanceId: change.id, key: change.businessKey || change.id}))
      .sort((a, b) => a.key.localeCompare(b.key));
}

/** The names of the activities directly under the process: the lifecycle's phase, not a step deep inside it. */
function phaseOf(activityTree) {
  const current = [...activityTree.childActivityInstances, ...activityTree.childTransitionInstances]
      .map(activity => activity.activityName || activity.activityId);
  return [...new Set(current)].join(', ');
}

/** The engine REST API as Cockpit serves it to the signed-in user. */
class EngineApi {

  constructor(api, signal) {
    this.baseUrl = api.engineApi;
    this.csrfToken = api.CSRFToken;
    this.signal = signal;
  }

  get(path) {
    return this.send('GET', path);
  }

  /** A query with its filter in the body: lists of instance ids would not fit into a URL. */
  query(path, filter) {
    return this.send('POST', path, filter);
  }

  async send(method, path, body) {
    const headers = {Accept: 'application/json'};
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      headers['X-XSRF-TOKEN'] = this.csrfToken;
    }
    const response = await answer(method, path, fetch(this.baseUrl + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: this.signal
    }));
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      throw failure(method, path, response.status, problem.message || FAILURE_HINTS[response.status]);
    }
    return response.json();
  }
}

/** Charterline's API beside the engine's, read with the same Cockpit session. */
class CharterlineApi {

  constructor(signal) {
    this.signal = signal;
  }

  /** One of a project's records, e.g. '/kpis'. */
  async project(projectKey, path) {
    const url = API + encodeURIComponent(projectKey) + path;
    // X-Requested-With: a refusal is shown in the view, the API does not make the browser ask for a password.
    const response = await answer('GET', url, fetch(url, {
      headers: {Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest'},
      credentials: 'same-origin',
      signal: this.signal
    }));
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      // The API's own 401 speaks of HTTP Basic; in Cockpit it means the session has ended.
      throw failure('GET', url, response.status, response.status === 401 ? API_FAILURE_HINTS[401]
          : problem.detail || API_FAILURE_HINTS[response.status]);
    }
    return response.json();
  }
}

/** The response, or what it means to the reader that none came: not the browser's "Failed to fetch". */
async function answer(method, path, request) {
  try {
    return await request;
  } catch (error) {
    if (error.name === 'AbortError') {
      throw error;
    }
    throw new Error(`${method} ${path.split('?')[0]} got no answer: ${NO_ANSWER}.`);
  }
}

function failure(method, path, status, detail) {
  return new Error(`${method} ${path.split('?')[0]} answered ${status}`
      + (detail ? ': ' + detail.replace(/\.$/, '') : '') + '.');
}

function healthBadge(health) {
  if (health === undefined || health === null) {
    return element('span', {className: 'text-muted', title: 'No status cycle has rated this project yet'},
        NOT_YET);
  }
  return element('span', {className: 'label ' + (HEALTH_LABELS[health] || 'label-default')}, String(health));
}

/**
 * The forecast finish, and how late it is marked as a RED health is; a dash before the first status cycle. The
 * forecast keeps begun work on its planned dates, so beside an SPI below 1 (behind schedule) a finish on time says
 * what it assumes: a sponsor asked to act on AMBER or RED is not told, unqualified, that the finish is safe.
 */
function forecast(finish, lateDays, spi) {
  if (finish === undefined || finish === null) {
    return [element('span', {className: 'text-muted', title: 'No status cycle has forecast this project yet'},
        NOT_YET)];
  }
  if (!isLate(lateDays)) {
    return missing(spi) || Number(spi) >= 1 ? [String(finish)] : [String(finish), ' ',
      element('span', {className: 'text-muted project-forecast-assumes', title: 'The forecast schedules the work not '
          + 'begun from the status date on and keeps work in progress on its planned dates; SPI ' + index(spi)
          + ' says the work done so far is behind the plan, which the forecast does not extrapolate'},
      'if work in progress finishes on plan')];
  }
  return [String(finish), ' ', element('span', {className: 'label label-danger project-late',
    title: 'Calendar days after the finish of the current baseline'},
      count(Number(lateDays), 'day late', 'days late'))];
}

function isLate(lateDays) {
  return Number(lateDays) > 0;
}

/**
 * The day the project's figures are as of, muted: they move only with the next status cycle. For a project rated
 * before the day was kept beside its figures, the day of its latest status report, or why that could not be read.
 */
function asOf(statusDate, source) {
  if (source instanceof Error) {
    return element('span', {className: 'text-danger', title: source.message},
        'not known: the latest status report could not be read');
  }
  if (source === 'report') {
    return element('span', {className: 'text-muted', title: 'The day of the latest status report; the next status '
          + 'cycle keeps it beside SPI, CPI and the forecast finish'}, 'as of ' + statusDate);
  }
  if (statusDate === undefined || statusDate === null) {
    return element('span', {className: 'text-muted', title: 'No status cycle has measured this project yet'},
        NOT_YET);
  }
  return element('span', {className: 'text-muted', title: 'SPI, CPI and the forecast finish are as of this day; '
        + 'the next status cycle updates them'}, 'as of ' + statusDate);
}

/**
 * When the project is measured next, from its status cycle's timer: a manager sees that the figures are due and
 * when, also before the first cycle. Nothing before execution, where no cycle runs yet.
 */
function nextCycle(statusDate, dueDate) {
  if (!dueDate) {
    return [];
  }
  const first = statusDate === undefined || statusDate === null;
  return [' \u00b7 ', element('span', {className: 'text-muted project-next-cycle',
    title: 'The status cycle measures the project again on this day (UTC): SPI, CPI, health and forecast'},
  (first ? 'first cycle due ' : 'next cycle due ') + String(dueDate).slice(0, 10))];
}

/** "2 (CR-2026-0004, CR-2026-0007)": how many changes are in flight, each linked to its instance in Cockpit. */
function changes(open) {
  if (open.length === 0) {
    return ['0'];
  }
  const changeLinks = open.flatMap((change, position) => [
    ...(position > 0 ? [', '] : []),
    element('a', {href: '#/process-instance/' + encodeURIComponent(change.instanceId) + '/runtime',
      title: 'Where the change control of ' + change.key + ' stands', className: 'change-link'}, change.key)
  ]);
  return [open.length + ' (', ...changeLinks, ')'];
}

function outcomeBadge(outcome) {
  return element('span', {className: 'label ' + (OUTCOME_LABELS[outcome] || 'label-danger')}, String(outcome));
}

function cash(value) {
  return missing(value) ? NOT_YET : money.format(Number(value));
}

function missing(value) {
  return value === undefined || value === null;
}

/**
 * An index with two decimals, cut off rather than rounded: an SPI of 0.9466 reads 0.94, not 0.95, so that a figure
 * never rounds onto a threshold of the project-health table (SPI < 0.95 is AMBER) and beside a rating it contradicts.
 */
function index(value) {
  if (value === undefined || value === null) {
    return NOT_YET;
  }
  const number = Number(value);
  if (!Number.isFinite(number)) {
    return String(value);
  }
  // Cut from the decimal digits, not by Math.floor(number * 100), which turns 0.29 into 0.28.
  const [whole, fraction] = Math.abs(number).toFixed(6).split('.');
  return (number < 0 ? '-' : '') + whole + '.' + fraction.slice(0, 2);
}

function count(amount, singular, plural) {
  return amount + ' ' + (amount === 1 ? singular : plural);
}

function tally(keys) {
  const counts = new Map();
  keys.forEach(key => counts.set(key, (counts.get(key) || 0) + 1));
  return counts;
}

/** Creates an element; strings among the children become text nodes, never markup. */
function element(tag, properties, ...children) {
  const node = document.createElement(tag);
  Object.entries(properties).forEach(([name, value]) => {
    if (name === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (name === 'role') {
      node.setAttribute('role', value);
    } else {
      node[name] = value;
    }
  });
  node.append(...children);
  return node;
}

function addStylesheet() {
  if (document.getElementById(STYLESHEET_ID)) {
    return;
  }
  const link = element('link', {id: STYLESHEET_ID, rel: 'stylesheet', type: 'text/css',
    href: new URL('projects-plugin.css', import.meta.url).href});
  document.head.appendChild(link);
}
