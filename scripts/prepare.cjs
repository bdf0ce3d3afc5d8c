// npm ci's `prepare`: bundles the CLI (scripts/build-cli.ts) when the build tools are installed —
// not with --omit=dev — and never fails the install: without a bundle the CLI runs its sources.
const { spawnSync } = require("node:child_process");
const path = require("node:path");

try {
  require.resolve("tsx");
  require.resolve("esbuild");
} catch {
  process.stderr.write("未安装开发依赖（tsx、esbuild），跳过命令行打包\n");
  process.exit(0);
}
spawnSync(process.execPath, ["--import", "tsx", path.join(__dirname, "build-cli.ts"), "--optional"], { stdio: "inherit" });
