#!/usr/bin/env node
// Runs the TypeScript CLI through tsx (no separate compile step).
require("tsx/cjs");
require("../src/cli/main.ts");
