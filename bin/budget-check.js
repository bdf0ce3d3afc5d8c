#!/usr/bin/env node
// Runs the bundled CLI (dist-cli/main.js, built by `npm run build:cli` and on `npm ci`) when it is
// newer than everything it is built from; otherwise the TypeScript sources through tsx.
const path = require("node:path");
const { freshBundle } = require("./fresh-bundle.js");

let bundle;
try {
  bundle = freshBundle(path.join(__dirname, ".."));
} catch {
  bundle = undefined; // an unreadable source tree: the sources decide (and report) what is wrong
}
if (bundle) {
  require(bundle);
} else {
  require("tsx/cjs");
  require("../src/cli/main.ts");
}
