/** What the ribbon commands tell the user, in Chinese. */
import type { ValidationSummary } from "../hosts/excel/actions";

export type NoticeKind = "info" | "error";

export interface Notice {
  kind: NoticeKind;
  title: string;
  message: string;
}

export function validationNotice(s: ValidationSummary): Notice {
  const total = s.error + s.warning + s.info;
  if (total === 0) return { kind: "info", title: "校验完成", message: "未发现问题。" };
  const parts: string[] = [];
  if (s.error) parts.push(`${s.error} 个错误`);
  if (s.warning) parts.push(`${s.warning} 个警告`);
  if (s.info) parts.push(`${s.info} 条提示`);
  return {
    kind: "info",
    title: "校验完成",
    message: `发现${parts.join("、")}，已在工作表中标记。点击“打开助手”查看详情。`,
  };
}

/** After clearing marks: a notice only when some cells kept the format the user gave them. */
export function clearNotice(result: unknown): Notice | null {
  const kept = (result as { keptUserChanges?: unknown } | null)?.keptUserChanges;
  if (typeof kept !== "number" || kept <= 0) return null;
  return {
    kind: "info",
    title: "已清除标记",
    message: `有 ${kept} 个单元格在标记后被修改过，保留了修改后的格式和批注。`,
  };
}

export function failureNotice(action: string, e: unknown): Notice {
  const detail = e instanceof Error ? e.message : typeof e === "string" ? e : "";
  return {
    kind: "error",
    title: `${action}失败`,
    message: detail ? `${action}时出错：${detail}` : `${action}时出错。`,
  };
}
