/**
 * Marks the output of chunks that hold only already-minified code (ExcelJS's dist bundle) as
 * minimized, so terser skips them: re-minifying a minified megabyte costs most of the build time
 * and saves nothing.
 */
const { Compilation } = require("webpack");

const PLUGIN = "PrebuiltMinifiedPlugin";

class PrebuiltMinifiedPlugin {
  /** @param {{ chunks: string[] }} options */
  constructor(options) {
    this.chunks = new Set(options.chunks);
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1 }, () => {
        for (const chunk of compilation.chunks) {
          if (!chunk.name || !this.chunks.has(chunk.name)) continue;
          for (const file of chunk.files) {
            if (file.endsWith(".js")) compilation.updateAsset(file, (source) => source, { minimized: true });
          }
        }
      });
    });
  }
}

module.exports = PrebuiltMinifiedPlugin;
