/** Process entry: the only place that sets the exit code. */
import { run } from "./program";
import { relaunchWith } from "./batch/runtime";

// `budget-check … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: !!process.stdout.isTTY,
}, { relaunch: relaunchWith }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`出错：${(e as Error).message}\n`);
    process.exitCode = 2;
  },
);
