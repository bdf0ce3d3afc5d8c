/**
 * Whether a command line is a batch that runs in a process started with V8's --single-threaded
 * (runtime.ts), decided before the CLI, the engine and ExcelJS are loaded: the process that relaunches
 * then costs little more than Node's own start. Anything this quick parse does not accept is left
 * to the full CLI, which reports it.
 */
import { Command } from "commander";
import { expandInputs } from "../files";
import { defineValidate, type ValidateOptions } from "../commands/validate-options";
import { autoJobs } from "./jobs";
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
  const files = await expandInputs(command.args);
  const jobs = command.opts<ValidateOptions>().jobs ?? autoJobs(files.length);
  return wantsSingleThreadedV8(jobs, files.length);
}
