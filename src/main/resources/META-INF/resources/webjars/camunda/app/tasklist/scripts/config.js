// Charterline's Tasklist configuration. It replaces the webjar's config.js to load Charterline's script; the
// keyboard shortcuts are Tasklist's own defaults, repeated because this file replaces the whole configuration.
// Paths are relative to app/tasklist/.
export default {
  customScripts: [
    'charterline/tasklist-plugin.js'
  ],
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
  }
};
