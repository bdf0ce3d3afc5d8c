/**
 * The ribbon commands without Office: run the action, tell the user what happened, never throw.
 * commands.ts binds them to Office.actions and completes the event afterwards.
 */
import type { ValidationSummary } from "../hosts/excel/actions";
import { clearNotice, failureNotice, validationNotice, type Notice } from "./messages";

export interface CommandDeps {
  validate(): Promise<ValidationSummary>;
  /** Resolves with the host's ClearResult; only `keptUserChanges` is read. */
  clearMarks(): Promise<unknown>;
  notify(notice: Notice): Promise<void>;
}

async function safeNotify(deps: CommandDeps, notice: Notice): Promise<void> {
  try {
    await deps.notify(notice);
  } catch (e) {
    console.error("无法显示提示：", notice, e);
  }
}

export async function runValidate(deps: CommandDeps): Promise<void> {
  let notice: Notice;
  try {
    notice = validationNotice(await deps.validate());
  } catch (e) {
    notice = failureNotice("校验", e);
  }
  await safeNotify(deps, notice);
}

/**
 * Clearing marks is silent when every mark went away (that is the feedback); cells the user changed
 * after marking keep the user's format, and the user is told so.
 */
export async function runClearMarks(deps: CommandDeps): Promise<void> {
  let notice: Notice | null;
  try {
    notice = clearNotice(await deps.clearMarks());
  } catch (e) {
    notice = failureNotice("清除标记", e);
  }
  if (notice) await safeNotify(deps, notice);
}
