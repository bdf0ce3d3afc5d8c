/** The BUDGET functions and their parameters as the metadata must declare them ("[]" = range, "?" = optional). */
export const EXPECTED_SIGNATURES: Record<string, string[]> = {
  PCT: ["part", "total", "digits?"],
  SHARES: ["range[]", "digits?"],
  CHANGE: ["current", "previous", "unit?"],
  SUMCODE: ["codes[]", "amounts[]", "prefix"],
  LEVEL: ["code"],
  SUBJECT: ["code", "year?"],
  CHECK: ["parent", "children[]", "decimals?"],
  WAN: ["yuan", "digits?"],
  YUAN: ["wan"],
  TEXT: ["amount", "unit?"],
  RMB: ["amount"],
};

export function signature(fn: { parameters: { name: string; optional?: boolean; dimensionality?: string }[] }): string[] {
  return fn.parameters.map((p) => `${p.name}${p.dimensionality === "matrix" ? "[]" : ""}${p.optional ? "?" : ""}`);
}
