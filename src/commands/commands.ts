/**
 * Ribbon commands (manifest: ExecuteFunction "validate" and "clearMarks"), running in the shared
 * runtime page. Each calls the Excel host's action, reports through a notice, and completes the
 * event whatever happens.
 */
import { clearAllMarks, validateAndMark } from "../hosts/excel/actions";
import { runClearMarks, runValidate, type CommandDeps } from "./handlers";
import { showNotice } from "./notice-dialog";

const deps: CommandDeps = {
  validate: validateAndMark,
  clearMarks: clearAllMarks,
  notify: showNotice,
};

function command(run: (d: CommandDeps) => Promise<void>) {
  return (event: Office.AddinCommands.Event) => {
    run(deps).finally(() => event.completed());
  };
}

// Office.actions exists once office.js has loaded (inside Excel and in a plain browser alike).
if (typeof Office !== "undefined" && Office.actions) {
  Office.actions.associate("validate", command(runValidate));
  Office.actions.associate("clearMarks", command(runClearMarks));
}
