/** An error as the user reads it: the engine's messages are Chinese already; Excel's may not be. */
const CJK = /[\u4e00-\u9fff]/;

export function userMessage(e: unknown, fallback: string): string {
  const text = (e instanceof Error ? e.message : String(e ?? "")).trim();
  if (!text) return fallback;
  return CJK.test(text) ? text : `${fallback}（${text}）`;
}
