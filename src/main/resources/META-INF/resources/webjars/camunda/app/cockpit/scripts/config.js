// Charterline's Cockpit configuration. It replaces the webjar's config.js (whose settings are all commented
// out, so Cockpit keeps its defaults) to load Charterline's plugins; paths are relative to app/cockpit/.
export default {
  customScripts: [
    'charterline/projects-plugin.js'
  ]
};
