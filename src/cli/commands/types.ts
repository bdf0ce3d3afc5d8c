/** What a CLI subcommand module receives: the program to attach to, the I/O, and how to set the exit code. */
import type { Command } from "commander";
import type { Catalog } from "../../core/catalog/catalog";

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
}

export interface CommandContext {
  io: Io;
  /** Records the exit code of the command that ran (0 ok, 1 findings with errors, 2 input/usage problem). */
  setExitCode: (code: number) => void;
  /** The bundled catalog merged with a user's catalog file, if any. */
  loadCatalog: (file?: string) => Promise<Catalog>;
}

export type RegisterCommand = (program: Command, ctx: CommandContext) => void;
