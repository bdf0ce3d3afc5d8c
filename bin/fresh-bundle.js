// Whether the bundled CLI (dist-cli/, scripts/build-cli.ts) was built after the last change to
// anything it is built from: the sources, the dependencies (package-lock.json), the TypeScript
// settings and the build script. A stale or missing bundle is never run: bin/budget-check.js falls
// back to the sources under tsx.
const fs = require("node:fs");
const path = require("node:path");

/** Newest modification time (ms) of a file, or of any file below a directory; 0 when absent. */
function newestMtime(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file shows only as its directory's change
  for (const name of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

const INPUTS = ["src", "package.json", "package-lock.json", "tsconfig.json", path.join("scripts", "build-cli.ts")];

/**
 * The bundle's entry file when it is fresh, else undefined. The build dates its outputs to the moment
 * it started reading the sources, so a file saved during the build counts as newer (strictly).
 */
function freshBundle(root) {
  const entry = path.join(root, "dist-cli", "main.js");
  const worker = path.join(root, "dist-cli", "worker.js");
  const built = Math.min(newestMtime(entry), newestMtime(worker));
  if (!built) return undefined;
  return INPUTS.every((p) => newestMtime(path.join(root, p)) < built) ? entry : undefined;
}

module.exports = { freshBundle };
