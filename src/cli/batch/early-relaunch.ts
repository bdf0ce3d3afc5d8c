/**
 * Whether a command line is a batch that runs in a process started with V8's --single-threaded
 * (runtime.ts), decided before the CLI, the engine and ExcelJS are loaded: the process that relaunches
 * then costs little more than Node's own start. Anything this quick parse does not accept is left
 * to the full CLI, which reports it.
 */
import { Command } from "commander";
import { expandInputs } from "../files";
import { defineValidate, type ValidateOptions } from "../commands/validate-options";
import { autoJobs, defaultJobs } from "./jobs";
import { wantsSingleThreadedV8 } from "./runtime";

export async function relaunchesSingleThreaded(argv: string[]): Promise<boolean> {
  if (argv[0] !== "validate") return false;
  const command = defineValidate(new Command("validate"))
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {} })
    .action(() => {});
  try {
    command.parse(argv.slice(1), { from: "user" });
  } catch {
    return false; // --help, a bad option: the full CLI answers
  }
  const given = command.opts<ValidateOptions>().jobs;
  // Walk the inputs only when some number of files could make the answer yes (not in the relaunched
  // process itself, nor for --jobs 1): the command walks them again when it runs.
  if (!wantsSingleThreadedV8(given ?? defaultJobs(), Infinity)) return false;
  const files = await expandInputs(command.args);
  return wantsSingleThreadedV8(given ?? autoJobs(files.length), files.length);
}
