/** Excel-side actions used by the ribbon commands and the task pane. (Stub: owned by the Excel host work.) */
export interface ValidationSummary {
  error: number;
  warning: number;
  info: number;
}

export async function validateAndMark(): Promise<ValidationSummary> {
  throw new Error("尚未实现");
}

export async function clearAllMarks(): Promise<void> {
  throw new Error("尚未实现");
}
