/**
 * Inside Excel or in a plain browser? office.js loaded outside Office resolves Office.onReady with
 * host null; no office.js at all (or an onReady that never answers) also means the browser page.
 */
export type PaneMode = "excel" | "browser";

export function detectMode(timeoutMs = 5000): Promise<PaneMode> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve("browser");
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve("browser"), timeoutMs);
    Office.onReady((info) => {
      clearTimeout(timer);
      resolve(info.host === Office.HostType.Excel ? "excel" : "browser");
    });
  });
}
