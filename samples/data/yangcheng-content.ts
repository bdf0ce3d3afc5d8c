/** The seed transcription arranged as the content of a workbook in the seed's layout. */
import type { ShanxiContent } from "../layouts/shanxi";
import { GLOSSARY, NARR, OVERVIEW, PERF, TABLES, TOC } from "./yangcheng-2024";

/**
 * A fresh copy each call, so that a variant may edit it freely. A JSON copy, not structuredClone:
 * tables that share a row list in the data module (表三/表五) must not share it here.
 */
export function yangchengContent(): ShanxiContent {
  return JSON.parse(JSON.stringify({
    cover: TOC.slice(0, 2),
    toc: TOC.slice(2),
    overview: OVERVIEW,
    tables: { ...TABLES },
    narrative: NARR,
    perf: PERF,
    glossary: GLOSSARY,
  }));
}
