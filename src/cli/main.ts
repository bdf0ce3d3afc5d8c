/** Process entry: the only place that sets the exit code. */
import { run } from "./program";

run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: !!process.stdout.isTTY,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`出错：${(e as Error).message}\n`);
    process.exitCode = 2;
  },
);
