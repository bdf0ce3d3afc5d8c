// Worker thread entry: registers tsx (the CLI runs TypeScript without a compile step), then
// loads the TypeScript worker. Works whether the CLI was started by `tsx` or by bin/budget-check.js.
require("tsx/cjs");
require("./worker.ts");
