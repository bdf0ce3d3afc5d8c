/**
 * Batch progress on stderr: a bar redrawn in place on a terminal, one plain line per file
 * otherwise (logs, CI). Nothing is written for a single file.
 */
import type { WorkbookReport } from "../../core/report";

export interface Progress {
  file(report: WorkbookReport, done: number, total: number): void;
  end(): void;
}

const WIDTH = 28;

export function createProgress(write: (s: string) => void, tty: boolean, total: number, now: () => number = Date.now): Progress {
  if (total <= 1) return { file() {}, end() {} };
  const start = now();
  let drawn = false;
  return {
    file(report, done) {
      const status = report.error ? "无法读取" : `错误 ${report.summary.error}，警告 ${report.summary.warning}`;
      if (!tty) {
        write(`[${done}/${total}] ${report.file}：${status}\n`);
        return;
      }
      const filled = Math.round((done / total) * WIDTH);
      const elapsed = (now() - start) / 1000;
      const rate = elapsed > 0 ? done / elapsed : 0;
      const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
      const bar = "█".repeat(filled) + "░".repeat(WIDTH - filled);
      write(`\r\x1b[2K${bar} ${done}/${total}  ${rate.toFixed(1)} 个/秒  剩余约 ${eta} 秒`);
      drawn = true;
    },
    end() {
      if (tty && drawn) write("\r\x1b[2K");
      write(`已校验 ${total} 个工作簿，用时 ${((now() - start) / 1000).toFixed(1)} 秒\n`);
    },
  };
}
