/**
 * Shows a notice from a ribbon command: Excel has no toast API for add-ins, so the message opens
 * in a small Office dialog (notice.html) that closes itself when the user presses 关闭.
 */
import type { Notice } from "./messages";
import { NOTICE_CLOSE_MESSAGE, noticeQuery } from "./notice-query";

export function showNotice(notice: Notice): Promise<void> {
  const url = new URL(`notice.html${noticeQuery(notice)}`, window.location.href).href;
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(url, { height: 25, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new Error(result.error.message));
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        if ("message" in arg && arg.message === NOTICE_CLOSE_MESSAGE) dialog.close();
      });
      resolve();
    });
  });
}
