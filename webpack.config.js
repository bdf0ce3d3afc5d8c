/**
 * Builds the add-in into dist/: taskpane.html (the shared runtime page: task pane, custom functions
 * and ribbon commands in one runtime), functions.json / functions-zh-cn.json (custom function
 * metadata), notice.html (the commands' message dialog), manifest.xml, icons and office.js.
 *
 *   npm run build                       production build, manifest URLs https://localhost:3000
 *   ADDIN_URL=https://host/path npm run build    manifest rewritten for a deployment
 *   OFFICE_JS=cdn npm run build         pages load office.js from Microsoft's CDN (default: local copy)
 *   webpack --env outDir=/tmp/x         build somewhere else than dist/
 */
const fs = require("node:fs");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { resolveAddinUrl, rewriteManifestUrls } = require("./scripts/webpack/manifest-url");
const { OfficeJsPlugin, officeJsSource, LOCAL_DIR, LOCAL_PATTERNS } = require("./scripts/webpack/office-js-plugin");
const ZhCnMetadataPlugin = require("./scripts/webpack/zh-cn-metadata-plugin");
const PrebuiltMinifiedPlugin = require("./scripts/webpack/prebuilt-minified-plugin");

const ROOT = __dirname;
const FUNCTIONS_ENTRY = "./src/functions/functions.ts";

/** Files other parts of the project provide; the build stops with a clear message without them. */
const REQUIRED = {
  "src/taskpane/index.tsx": "任务窗格入口（taskpane 入口）",
  "src/taskpane/taskpane.html": "任务窗格页面模板",
  "src/functions/functions.ts": "自定义函数入口",
  "src/commands/commands.ts": "功能区命令入口",
  "src/commands/notice.html": "命令提示对话框模板",
  "manifest.xml": "加载项清单",
};

function requireSources() {
  const missing = Object.entries(REQUIRED).filter(([file]) => !fs.existsSync(path.join(ROOT, file)));
  if (missing.length) {
    throw new Error(`无法构建：缺少以下文件\n${missing.map(([file, what]) => `  ${file}（${what}）`).join("\n")}`);
  }
}

async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (e) {
    console.warn(`未能取得 office-addin-dev-certs 证书（${e instanceof Error ? e.message : e}），改用 webpack-dev-server 自签名证书`);
    return { type: "https" };
  }
}

module.exports = async (env = {}, argv = {}) => {
  requireSources();
  const mode = argv.mode ?? "development";
  const dev = mode === "development";
  const outDir = env.outDir ? path.resolve(env.outDir) : path.join(ROOT, "dist");
  const addinUrl = resolveAddinUrl(process.env.ADDIN_URL);
  const officeJs = officeJsSource(process.env.OFFICE_JS);

  const copyPatterns = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => rewriteManifestUrls(content.toString(), addinUrl),
    },
  ];
  if (officeJs.kind === "local") {
    const officeDist = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
    for (const pattern of LOCAL_PATTERNS) {
      copyPatterns.push({
        from: pattern,
        context: officeDist,
        to: `${LOCAL_DIR}/[path][name][ext]`,
        globOptions: { ignore: ["**/*.debug.js"] },
        // Already minified by Microsoft; keeps terser away from 10 MB of host scripts.
        info: { minimized: true },
      });
    }
  }

  return {
    mode,
    context: ROOT,
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTIONS_ENTRY,
      // Same page as the task pane: one module registry, so both see the same host state.
      commands: { import: "./src/commands/commands.ts", dependOn: "taskpane" },
      notice: "./src/commands/notice.ts",
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // ExcelJS ships minified; its own chunk lets PrebuiltMinifiedPlugin spare it from terser.
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "all", enforce: true },
        },
      },
    },
    output: {
      path: outDir,
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { noEmit: false, sourceMap: dev },
            },
          },
        },
        {
          test: /\.(png|jpe?g|gif|svg|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_ENTRY }),
      new ZhCnMetadataPlugin({ input: "functions.json", output: "functions-zh-cn.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions", "commands"],
        // office.js is injected by OfficeJsPlugin; a template may place it itself with
        // <script src="<%= htmlWebpackPlugin.options.officeJsUrl %>"></script>.
        officeJsUrl: officeJs.src,
      }),
      new HtmlWebpackPlugin({
        filename: "notice.html",
        template: "./src/commands/notice.html",
        chunks: ["notice"],
      }),
      new OfficeJsPlugin({ src: officeJs.src, pages: ["taskpane.html", "notice.html"] }),
      new PrebuiltMinifiedPlugin({ chunks: ["exceljs"] }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
    ],
    performance: {
      // The task pane bundles ExcelJS (about 1 MB) for its plain-browser mode.
      maxAssetSize: 4 * 1024 * 1024,
      maxEntrypointSize: 4 * 1024 * 1024,
    },
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.WEBPACK_SERVE ? await httpsOptions() : "https",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      static: false,
    },
  };
};
