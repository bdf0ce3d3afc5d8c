/**
 * The budget-check command line. `run` returns the exit code; only main.ts sets it on the process.
 */
import { Command, CommanderError } from "commander";
import { promises as fs } from "node:fs";
import { loadBundledCatalog, mergeCatalogs, parseCatalog, type Catalog } from "../core/catalog/catalog";
import { COMMANDS } from "./commands";
import type { CommandContext, Io } from "./commands/types";

export type { Io } from "./commands/types";

async function loadCatalog(file?: string): Promise<Catalog> {
  const bundled = loadBundledCatalog();
  if (!file) return bundled;
  const json = JSON.parse(await fs.readFile(file, "utf8"));
  return mergeCatalogs(bundled, parseCatalog(json));
}

export async function run(argv: string[], io: Io): Promise<number> {
  let code = 0;
  const program = new Command()
    .name("budget-check")
    .description("预算公开助手：校验部门/单位预算公开工作簿（.xlsx）")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  const ctx: CommandContext = { io, loadCatalog, setExitCode: (c: number) => (code = c) };
  for (const register of COMMANDS) register(program, ctx);
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    io.stderr(`出错：${(e as Error).message}\n`);
    return 2;
  }
  return code;
}
