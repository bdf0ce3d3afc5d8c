/** The notice dialog page: shows the notice from its query string; 关闭 asks the parent to close it. */
import { NOTICE_CLOSE_MESSAGE, noticeFromQuery } from "./notice-query";

function render(): void {
  const notice = noticeFromQuery(window.location.search);
  const title = document.getElementById("title");
  const message = document.getElementById("message");
  if (title) {
    title.textContent = notice.title;
    title.className = notice.kind;
  }
  if (message) message.textContent = notice.message;
  document.getElementById("close")?.addEventListener("click", () => {
    if (typeof Office !== "undefined" && Office.context?.ui?.messageParent) Office.context.ui.messageParent(NOTICE_CLOSE_MESSAGE);
    else window.close();
  });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", render);
else render();

if (typeof Office !== "undefined") void Office.onReady();
