/**
 * The HTML report for reviewers: one self-contained file (inline CSS and script, no external
 * assets). A table of workbooks with counts by severity, sortable and filterable; below it each
 * workbook's findings grouped by table with expected/actual. All text is Chinese.
 */
import { TABLE_NAMES, type TableId } from "../core/model";
import { CATEGORY_NAMES, SEVERITY_NAMES, type Finding, type Report, type WorkbookReport } from "../core/report";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

export interface HtmlOptions {
  /** Shown in the header; defaults to now. */
  generatedAt?: Date;
}

function status(w: WorkbookReport): { key: string; label: string } {
  if (w.error) return { key: "unreadable", label: "无法读取" };
  if (w.summary.error) return { key: "error", label: "有错误" };
  if (w.summary.warning) return { key: "warning", label: "有警告" };
  return { key: "ok", label: "未发现问题" };
}

export function formatHtml(report: Report, options: HtmlOptions = {}): string {
  const at = options.generatedAt ?? new Date();
  const ws = report.workbooks;
  const totals = { error: 0, warning: 0, info: 0 };
  for (const w of ws) for (const k of ["error", "warning", "info"] as const) totals[k] += w.summary[k];
  const unreadable = ws.filter((w) => w.error).length;
  const rows = ws
    .map((w, i) => {
      const s = status(w);
      return `<tr data-status="${s.key}"><td data-v="${esc(w.file)}"><a href="#wb${i}">${esc(w.file)}</a></td><td data-v="${esc(w.unit ?? "")}">${esc(w.unit ?? "")}</td><td data-v="${w.year ?? 0}">${w.year ?? ""}</td><td class="n e" data-v="${w.summary.error}">${w.summary.error}</td><td class="n w" data-v="${w.summary.warning}">${w.summary.warning}</td><td class="n i" data-v="${w.summary.info}">${w.summary.info}</td><td data-v="${s.key}"><span class="st ${s.key}">${s.label}</span></td></tr>`;
    })
    .join("\n");
  const details = ws.map((w, i) => workbookSection(w, i)).join("\n");
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>预算公开校验报告</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>预算公开校验报告</h1>
<p>共 ${ws.length} 个工作簿：错误 <b class="e">${totals.error}</b>，警告 <b class="w">${totals.warning}</b>，提示 <b class="i">${totals.info}</b>${unreadable ? `，无法读取 <b class="e">${unreadable}</b> 个` : ""}。生成时间 ${esc(formatTime(at))}。</p>
</header>
<section>
<h2>工作簿一览</h2>
<div class="tools">
<label>筛选 <input id="q" type="search" placeholder="文件名或单位"></label>
<label>状态 <select id="st"><option value="">全部</option><option value="error">有错误</option><option value="warning">有警告</option><option value="unreadable">无法读取</option><option value="ok">未发现问题</option></select></label>
<span id="count"></span>
</div>
<table id="books">
<thead><tr><th data-k="0">文件</th><th data-k="1">单位</th><th data-k="2" data-num>年度</th><th data-k="3" data-num>错误</th><th data-k="4" data-num>警告</th><th data-k="5" data-num>提示</th><th data-k="6">状态</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p class="hint">点击表头排序，再次点击反向；点击文件名查看该工作簿的问题。</p>
</section>
<section>
<h2>各工作簿的问题</h2>
${details}
</section>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function workbookSection(w: WorkbookReport, i: number): string {
  const head = [w.unit, w.year ? `${w.year}年` : ""].filter(Boolean).join(" ");
  const parts: string[] = [`<details id="wb${i}" class="wb"${w.error || w.summary.error ? " open" : ""}><summary><b>${esc(w.file)}</b>${head ? `（${esc(head)}）` : ""} <span class="st ${status(w).key}">${status(w).label}</span></summary>`];
  if (w.error) {
    parts.push(`<p class="err">无法校验：${esc(w.error.message)}</p></details>`);
    return parts.join("");
  }
  parts.push(`<p>识别到 ${w.tables.length} 张表${w.tables.length ? `：${w.tables.map((t) => `${esc(t.id)}“${esc(t.sheet)}”`).join("、")}` : "（未识别到预算公开表）"}</p>`);
  if (w.missingTables.length) parts.push(`<p>未找到：${w.missingTables.map((id) => `${id} ${esc(TABLE_NAMES[id])}`).join("、")}</p>`);
  if (!w.findings.length) parts.push(`<p>未发现问题。</p>`);
  const groups = new Map<string, Finding[]>();
  for (const f of w.findings) groups.set(f.table ?? "", [...(groups.get(f.table ?? "") ?? []), f]);
  for (const key of [...groups.keys()].sort()) {
    const title = key ? `${key} ${TABLE_NAMES[key as TableId]}` : "整体";
    parts.push(`<h3>${esc(title)}</h3><table class="f"><thead><tr><th>严重程度</th><th>位置</th><th>说明</th><th>应为</th><th>实为</th><th>类别</th><th>规则</th></tr></thead><tbody>`);
    for (const f of groups.get(key)!) {
      const rel = f.related.length ? `<div class="rel">相关：${f.related.map((r) => esc(`${r.sheet}!${r.cell}`)).join("、")}</div>` : "";
      parts.push(
        `<tr class="${f.severity}"><td><span class="sev ${f.severity}">${SEVERITY_NAMES[f.severity]}</span></td><td>${esc(`${f.sheet}!${f.cell}`)}</td><td>${esc(f.message)}${rel}</td><td class="n">${esc(f.expected ?? "")}</td><td class="n">${esc(f.actual ?? "")}</td><td>${esc(CATEGORY_NAMES[f.category])}</td><td><code>${esc(f.rule)}</code></td></tr>`,
      );
    }
    parts.push(`</tbody></table>`);
  }
  parts.push(`</details>`);
  return parts.join("\n");
}

function formatTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

const CSS = `
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:0 auto;max-width:1200px;padding:16px;color:#222}
h1{font-size:22px;margin:8px 0}h2{font-size:18px;border-bottom:1px solid #ddd;padding-bottom:4px}h3{font-size:15px;margin:14px 0 4px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
#books th{cursor:pointer;background:#f4f4f4;user-select:none}#books th[aria-sort=ascending]::after{content:" ▲"}#books th[aria-sort=descending]::after{content:" ▼"}
.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}.e{color:#b00020}.w{color:#8a5a00}.i{color:#666}
.st{padding:1px 6px;border-radius:8px;font-size:12px;white-space:nowrap}.st.error,.st.unreadable{background:#fde7e9;color:#b00020}.st.warning{background:#fff4ce;color:#8a5a00}.st.ok{background:#e7f6e7;color:#1e6b1e}
.sev{font-weight:bold}.sev.error{color:#b00020}.sev.warning{color:#8a5a00}.sev.info{color:#666}
tr.error td:first-child{border-left:3px solid #d13438}tr.warning td:first-child{border-left:3px solid #f0a30a}
.tools{display:flex;gap:16px;align-items:center;margin:8px 0}.hint{color:#666;font-size:12px}
details.wb{border:1px solid #ddd;border-radius:4px;margin:8px 0;padding:6px 10px}details.wb summary{cursor:pointer}
.err{color:#b00020}.rel{color:#666;font-size:12px}code{font-size:12px;color:#555}
`;

const SCRIPT = `
(function(){
var t=document.getElementById("books"),tb=t.tBodies[0],q=document.getElementById("q"),st=document.getElementById("st"),cnt=document.getElementById("count");
function apply(){var s=q.value.trim().toLowerCase(),v=st.value,n=0;
 Array.prototype.forEach.call(tb.rows,function(r){var ok=(!v||r.getAttribute("data-status")===v)&&(!s||r.textContent.toLowerCase().indexOf(s)>=0);r.hidden=!ok;if(ok)n++;});
 cnt.textContent="显示 "+n+" / "+tb.rows.length+" 个工作簿";}
q.addEventListener("input",apply);st.addEventListener("change",apply);
Array.prototype.forEach.call(t.tHead.rows[0].cells,function(th){th.addEventListener("click",function(){
 var k=+th.getAttribute("data-k"),num=th.hasAttribute("data-num"),asc=th.getAttribute("aria-sort")!=="ascending";
 Array.prototype.forEach.call(t.tHead.rows[0].cells,function(o){o.removeAttribute("aria-sort");});
 th.setAttribute("aria-sort",asc?"ascending":"descending");
 var rows=Array.prototype.slice.call(tb.rows);
 rows.sort(function(a,b){var x=a.cells[k].getAttribute("data-v"),y=b.cells[k].getAttribute("data-v");
  var c=num?(+x)-(+y):x.localeCompare(y,"zh-CN");return asc?c:-c;});
 rows.forEach(function(r){tb.appendChild(r);});});});
apply();
})();
`;
