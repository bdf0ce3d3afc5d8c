/** A notice travels to the dialog page (notice.html) in its query string. */
import type { Notice, NoticeKind } from "./messages";

const MAX_MESSAGE = 1000;

/** What the dialog sends its parent when the user presses 关闭. */
export const NOTICE_CLOSE_MESSAGE = "close";

export function noticeQuery(n: Notice): string {
  const params = new URLSearchParams({ kind: n.kind, title: n.title, message: n.message.slice(0, MAX_MESSAGE) });
  return `?${params.toString()}`;
}

export function noticeFromQuery(search: string): Notice {
  const params = new URLSearchParams(search);
  const kind: NoticeKind = params.get("kind") === "error" ? "error" : "info";
  return {
    kind,
    title: params.get("title") || (kind === "error" ? "出错了" : "提示"),
    message: params.get("message") ?? "",
  };
}
