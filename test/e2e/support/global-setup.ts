/**
 * Builds the add-in once before the browser tests: `npm run build` (the project's build), or webpack
 * directly while that script does not exist. E2E_NO_BUILD=1 reuses an existing dist/.
 */
import { execSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

export default function setup(): void {
  if (process.env.E2E_NO_BUILD && existsSync("dist/taskpane.html")) return;
  const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts?: Record<string, string> }).scripts ?? {};
  const command = scripts.build ? "npm run --silent build" : "npx webpack --mode production";
  execSync(command, { stdio: "inherit", env: { ...process.env, OFFICE_JS: "local" } });
  if (!existsSync("dist/taskpane.html")) throw new Error("构建后没有找到 dist/taskpane.html");
}
