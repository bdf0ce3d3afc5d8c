/**
 * What the running Excel supports, by requirement set. Notes (the classic yellow cell notes) need
 * ExcelApi 1.18; threaded comments need ExcelApi 1.10; fill patterns 1.9; merged areas 1.13.
 */
export type AnnotationKind = "note" | "comment" | "none";

export function excelApiSupported(version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
}

/** How a mark's explanation is attached to its cell in this Excel. */
export function annotationKind(): AnnotationKind {
  if (excelApiSupported("1.18")) return "note";
  if (excelApiSupported("1.10")) return "comment";
  return "none";
}
