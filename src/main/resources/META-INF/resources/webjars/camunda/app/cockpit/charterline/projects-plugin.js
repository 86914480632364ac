// Charterline's "Projects" view in Cockpit (#/projects): every active project-lifecycle instance with its phase,
// health, SPI/CPI, open changes and open escalations. It reads only the engine API with the signed-in user's
// Cockpit session, so the engine's authorizations decide which projects a user sees; Charterline's /api needs
// HTTP Basic and is out of reach here. Everything taken from the engine goes into the DOM as text.

const ROUTE = '/projects';
const LIFECYCLE = 'project-lifecycle';
// Every running change-control instance a project called is still in flight and keeps the project executing;
// the requester's notice of a rejection or deferral runs in a process of its own and is not counted.
const CHANGE_CONTROL = 'change-control';
const ESCALATION_TASK = 'Task_DecideEscalation';
const PROJECT_NAME = 'projectName';
const HEALTH = 'health';
const SPI = 'spi';
const CPI = 'cpi';
const HEALTH_LABELS = {GREEN: 'label-success', AMBER: 'label-warning', RED: 'label-danger'};
const NOT_YET = '\u2014';
const STYLESHEET_ID = 'charterline-projects-css';
// What a failure without an engine message means to the person looking at the view.
const FAILURE_HINTS = {
  401: 'your Cockpit session has ended; sign in again',
  403: 'you may not read these projects; ask an administrator for the engine authorizations of your group'
};

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

    const header = element('header', {className: 'charterline-projects-header'},
        element('h1', {className: 'section-title'}, 'Projects'), this.refresh);
    node.appendChild(element('div', {className: 'ctn-view dashboard container-fluid charterline-projects'},
        element('section', {}, element('div', {className: 'inner'}, header, this.summary, this.content))));
  }

  async load() {
    if (loading) {
      loading.abort();
    }
    const controller = new AbortController();
    loading = controller;
    this.refresh.disabled = true;
    this.summary.textContent = '';
    this.content.replaceChildren(element('p', {className: 'charterline-projects-loading'},
        element('span', {className: 'glyphicon glyphicon-refresh animate-spin'}), ' Loading projects\u2026'));
    try {
      const projects = await loadProjects(new EngineApi(this.api, controller.signal));
      if (!controller.signal.aborted) {
        this.showProjects(projects);
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

  showProjects(projects) {
    const red = projects.filter(project => project.health === 'RED').length;
    const escalations = projects.reduce((sum, project) => sum + project.openEscalations, 0);
    this.summary.textContent = [
      count(projects.length, 'active project', 'active projects'),
      red + ' rated RED',
      count(escalations, 'open escalation', 'open escalations')
    ].join(' \u00b7 ');
    if (projects.length === 0) {
      this.content.replaceChildren(element('p', {className: 'charterline-projects-empty'},
          'No active project. A project appears here once its charter is submitted.'));
      return;
    }
    const head = element('tr', {},
        ...['Project', 'Name', 'Phase', 'Health', 'SPI', 'CPI', 'Open changes', 'Open escalations']
            .map((title, column) => element('th', {className: column >= 4 ? 'number' : ''}, title)));
    const rows = projects.map(project => element('tr', {dataset: {projectKey: project.key}},
        element('td', {className: 'project-key'},
            element('a', {href: '#/process-instance/' + encodeURIComponent(project.instanceId) + '/runtime'},
                project.key)),
        element('td', {className: 'project-name'}, project.name || NOT_YET),
        element('td', {className: 'project-phase'}, project.phase || NOT_YET),
        element('td', {className: 'project-health'}, healthBadge(project.health)),
        element('td', {className: 'project-spi number'}, index(project.spi)),
        element('td', {className: 'project-cpi number'}, index(project.cpi)),
        element('td', {className: 'project-changes number'}, String(project.openChanges)),
        element('td', {className: 'project-escalations number' + (project.openEscalations ? ' attention' : '')},
            String(project.openEscalations))));
    this.content.replaceChildren(element('table', {className: 'cam-table charterline-projects-table'},
        element('thead', {}, head), element('tbody', {}, ...rows)));
  }

  showError(error) {
    this.summary.textContent = '';
    this.content.replaceChildren(element('div', {className: 'alert alert-danger', role: 'alert'},
        element('strong', {}, 'The projects could not be loaded. '), error.message));
  }
}

/** The projects the user may read, sorted by project key, with their figures from the engine. */
async function loadProjects(engine) {
  const instances = await engine.query('/process-instance', {processDefinitionKey: LIFECYCLE, active: true});
  if (instances.length === 0) {
    return [];
  }
  const ids = instances.map(instance => instance.id);
  const [variables, escalationTasks, perInstance] = await Promise.all([
    engine.query('/variable-instance?deserializeValues=false',
        {processInstanceIdIn: ids, variableNameIn: [PROJECT_NAME, HEALTH, SPI, CPI]}),
    engine.query('/task', {processInstanceIdIn: ids, taskDefinitionKey: ESCALATION_TASK}),
    // The engine answers neither question for many instances at once, so ask per project, in parallel.
    Promise.all(ids.map(id => Promise.all([
      engine.get('/process-instance/' + encodeURIComponent(id) + '/activity-instances'),
      changeCount(engine, id)
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

  return instances
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
          openChanges,
          openEscalations: escalationsById.get(instance.id) || 0
        };
      })
      .sort((a, b) => a.key.localeCompare(b.key));
}

/** How many running change-control instances the project has called. */
async function changeCount(engine, projectInstanceId) {
  const result = await engine.get('/process-instance/count?' + new URLSearchParams(
      {processDefinitionKey: CHANGE_CONTROL, superProcessInstance: projectInstanceId, active: 'true'}));
  return result.count;
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
    const response = await fetch(this.baseUrl + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: this.signal
    });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      const detail = problem.message || FAILURE_HINTS[response.status];
      throw new Error(`${method} ${path.split('?')[0]} answered ${response.status}`
          + (detail ? ': ' + detail.replace(/\.$/, '') : '') + '.');
    }
    return response.json();
  }
}

function healthBadge(health) {
  if (health === undefined || health === null) {
    return element('span', {className: 'text-muted', title: 'No status cycle has rated this project yet'},
        NOT_YET);
  }
  return element('span', {className: 'label ' + (HEALTH_LABELS[health] || 'label-default')}, String(health));
}

function index(value) {
  if (value === undefined || value === null) {
    return NOT_YET;
  }
  const number = Number(value);
  return Number.isFinite(number) ? number.toFixed(2) : String(value);
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
