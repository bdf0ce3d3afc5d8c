/** Every subcommand, in help order. Add a command: write src/cli/commands/<name>.ts and list it here. */
import type { RegisterCommand } from "./types";
import { registerValidate } from "./validate";
import { registerDemo } from "./demo";

export const COMMANDS: RegisterCommand[] = [registerValidate, registerDemo];
import { registerNarrate } from "./narrate"; COMMANDS.push(registerNarrate);
import { registerGenerate } from "./generate"; COMMANDS.push(registerGenerate);
import { registerMark } from "./mark"; COMMANDS.push(registerMark);
