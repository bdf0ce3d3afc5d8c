/**
 * The error a BUDGET function returns, independent of Office: the wrapper layer turns it into a
 * CustomFunctions.Error. Excel shows a custom message only for #VALUE! and #N/A.
 */
export type FunctionErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!";

export class FunctionError extends Error {
  readonly code: FunctionErrorCode;
  /** The Chinese message Excel shows, only for the codes that can carry one. */
  readonly userMessage: string | undefined;

  constructor(code: FunctionErrorCode, message?: string) {
    super(message ?? code);
    this.name = "FunctionError";
    this.code = code;
    this.userMessage = code === "#VALUE!" || code === "#N/A" ? message : undefined;
  }
}

export function invalidValue(message: string): FunctionError {
  return new FunctionError("#VALUE!", message);
}

export function notAvailable(message: string): FunctionError {
  return new FunctionError("#N/A", message);
}

export function divisionByZero(): FunctionError {
  return new FunctionError("#DIV/0!");
}

/** #NUM! cannot carry a message in Excel; the text is kept for logs and tests. */
export function invalidNumber(message?: string): FunctionError {
  return new FunctionError("#NUM!", message);
}
