// Hides Tasklist's "Create task" action. Every piece of Charterline's work is a task of a process, and no group
// may create free-standing tasks (the engine refuses them with 403), so the action could only ever fail.
const STYLE_ID = 'charterline-tasklist-css';

if (!document.getElementById(STYLE_ID)) {
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = '.create-task-action { display: none !important; }';
  document.head.appendChild(style);
}

export default [];
