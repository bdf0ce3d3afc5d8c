/**
 * Emits functions-zh-cn.json next to the functions.json that custom-functions-metadata-plugin
 * generates, using scripts/functions-zh-cn.ts (loaded through tsx). A missing translation fails
 * the build.
 */
const path = require("node:path");
const { sources, WebpackError, Compilation } = require("webpack");
const tsx = require("tsx/cjs/api");

const PLUGIN = "ZhCnMetadataPlugin";

class ZhCnMetadataPlugin {
  /** @param {{ input?: string, output?: string }} [options] */
  constructor(options = {}) {
    this.input = options.input ?? "functions.json";
    this.output = options.output ?? "functions-zh-cn.json";
  }

  apply(compiler) {
    const { localizeMetadataJson } = tsx.require(path.resolve(__dirname, "../functions-zh-cn.ts"), __filename);
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const source = compilation.getAsset(this.input);
          if (!source) {
            compilation.errors.push(new WebpackError(`${PLUGIN}: 没有生成 ${this.input}，无法生成 ${this.output}`));
            return;
          }
          try {
            const json = localizeMetadataJson(source.source.source().toString());
            compilation.emitAsset(this.output, new sources.RawSource(json));
          } catch (e) {
            compilation.errors.push(new WebpackError(`${PLUGIN}: ${e instanceof Error ? e.message : String(e)}`));
          }
        },
      );
    });
  }
}

module.exports = ZhCnMetadataPlugin;
