/** `budget-check demo`: validates the bundled seed sample; text on stdout, JSON under out/. */
import { promises as fs } from "node:fs";
import path from "node:path";
import { formatText } from "../format-text";
import { validateFiles } from "../validate";
import type { RegisterCommand } from "./types";

export const registerDemo: RegisterCommand = (program, ctx) => {
  program
    .command("demo")
    .description("校验内置示例（阳城县信访局 2024），并把 JSON 报告写入 out/")
    .action(async () => {
      const { io } = ctx;
      const sample = path.join("samples", "yangcheng-xinfang-2024.xlsx");
      const report = await validateFiles([sample], { catalog: await ctx.loadCatalog() });
      io.stdout(formatText(report, io.isTTY));
      await fs.mkdir("out", { recursive: true });
      const out = path.join("out", "yangcheng-xinfang-2024.report.json");
      await fs.writeFile(out, JSON.stringify(report, null, 2) + "\n");
      io.stdout(`\nJSON 报告已写入 ${out}\n`);
      // The demo shows the tool working: finding the sample's real defects is success, not failure.
      ctx.setExitCode(report.workbooks.some((w) => w.error) ? 2 : 0);
    });
};
