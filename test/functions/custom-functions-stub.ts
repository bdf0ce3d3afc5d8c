/**
 * A stand-in for the CustomFunctions global office.js provides in Excel: the Error class and the
 * ErrorCode values, enough to call the BUDGET wrappers directly.
 */
export class StubCustomFunctionsError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

export const StubErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export function installCustomFunctionsStub(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: StubCustomFunctionsError,
    ErrorCode: StubErrorCode,
    associate: () => undefined,
  };
}

/** Calls `fn` expecting it to throw a CustomFunctions.Error; returns it. */
export function thrownError(fn: () => unknown): StubCustomFunctionsError {
  try {
    fn();
  } catch (e) {
    if (e instanceof StubCustomFunctionsError) return e;
    throw new Error(`expected a CustomFunctions.Error, got ${String(e)}`);
  }
  throw new Error("expected the call to throw");
}

export async function rejectedError(p: Promise<unknown>): Promise<StubCustomFunctionsError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof StubCustomFunctionsError) return e;
    throw new Error(`expected a CustomFunctions.Error, got ${String(e)}`);
  }
  throw new Error("expected the promise to reject");
}
