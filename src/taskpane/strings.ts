/** Every text the pane shows, in one place (Chinese). */
import type { ReadProgress } from "../hosts/port";

export const S = {
  appName: "预算公开助手",
  subtitleExcel: "校验当前工作簿的预算公开表格与情况说明",
  subtitleBrowser: "网页版：在本机浏览器中读取工作簿，文件不会上传",
  open: "打开工作簿",
  openHint: "选择一个 .xlsx 预算公开工作簿",
  noFile: "尚未打开工作簿",
  validate: "校验",
  revalidate: "重新校验",
  clear: "清除标记",
  download: "下载标注版",
  validating: "正在校验…",
  marking: "正在标记单元格…",
  clearing: "正在清除标记…",
  tabFindings: "问题",
  tabTables: "识别结果",
  summary: "校验结果",
  filterSeverity: "按严重程度筛选",
  filterCategory: "类别",
  allCategories: "全部类别",
  noFindings: "未发现问题。",
  noMatch: "没有符合筛选条件的问题。",
  expected: "应为",
  actual: "实为",
  location: "位置",
  cellText: "单元格内容",
  related: "相关单元格",
  goTo: "定位到单元格",
  showAll: (n: number) => `显示全部 ${n} 条`,
  missingTables: "未找到的表",
  unrecognizedSheet: "未识别出预算公开表",
  excludedSheet: "已标为“不是预算表”，不参与校验",
  correct: "更正",
  correctSheet: "指定为…",
  notATable: "不是预算表",
  undoCorrection: "撤销更正",
  corrected: "已更正",
  pendingOverride: (id: string) => `已指定为 ${id}，但本表未找到表题，无法按此识别`,
  tablesIntro: "按内容识别各工作表中的表格。识别有误时可更正，更正会保存在工作簿中，下次校验时沿用。",
  tablesIntroBrowser: "按内容识别各工作表中的表格。识别有误时可更正，更正保存在本浏览器中。",
  startHintExcel: "点击“校验”检查当前工作簿：问题单元格将以红色（错误）或琥珀色（警告）标出，并附批注说明。",
  startHintBrowser: "打开一个 .xlsx 工作簿后点击“校验”。可下载一份标注了问题的副本，原文件不会被修改。",
  marked: (n: number, how: "note" | "comment" | "none", skipped: number) =>
    `已标记 ${n} 个单元格（${how === "note" ? "填充颜色并附批注" : how === "comment" ? "填充颜色并附评论" : "填充颜色"}）` +
    (skipped ? `；另有 ${skipped} 个单元格因数量过多未标记` : ""),
  markedCopy: (n: number) => `下载的副本将标记 ${n} 个单元格（填充颜色并附批注），原文件不变。`,
  cleared: (restored: number, kept: number) =>
    restored || kept
      ? `已清除标记，${restored} 个单元格恢复原样` + (kept ? `；${kept} 个单元格在标记后被修改过，保留了您的修改` : "")
      : "没有需要清除的标记。",
  downloaded: (name: string) => `已生成“${name}”。`,
  errorTitle: "出错了",
  readError: "无法读取工作簿",
} as const;

export function progressText(p: ReadProgress): string {
  if (p.phase === "sheets") return "正在读取工作表列表…";
  if (p.phase === "cells") return p.total > 1 ? `正在读取单元格 ${p.done.toLocaleString("zh-CN")} / ${p.total.toLocaleString("zh-CN")}` : "正在读取单元格…";
  return `正在整理工作表 ${p.done} / ${p.total}`;
}
