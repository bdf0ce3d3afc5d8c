/** Process entry: the only place that sets the exit code. */
import { relaunchesSingleThreaded } from "./batch/early-relaunch";
import { relaunchWith, SINGLE_THREADED_V8 } from "./batch/runtime";

// `budget-check … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

async function main(argv: string[]): Promise<number> {
  if (await relaunchesSingleThreaded(argv)) return relaunchWith([SINGLE_THREADED_V8]);
  // Loaded only now: a relaunching process never loads the CLI, the engine or ExcelJS.
  const { run } = require("./program") as typeof import("./program");
  return run(argv, {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: !!process.stdout.isTTY,
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`出错：${(e as Error).message}\n`);
    process.exitCode = 2;
  },
);
