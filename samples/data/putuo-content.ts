/** The Putuo transcription arranged as the content of a workbook in Shanghai's layout. */
import type { ShanghaiContent } from "../layouts/shanghai";
import {
  BUDGET_NOTES_TEXT, COVER_TEXT, FUNCTIONS_TEXT, GLOSSARY_TEXT, ORG_TEXT, OTHER_TEXT, PROJECTS_TEXT, TABLES, TOC_TEXT,
} from "./putuo-2025";

/** A fresh copy each call (JSON, so that no two tables share a row list), for variants to edit freely. */
export function putuoContent(): ShanghaiContent {
  const firstItem = BUDGET_NOTES_TEXT.findIndex((p) => /^1\./.test(p));
  return JSON.parse(JSON.stringify({
    cover: COVER_TEXT,
    toc: TOC_TEXT,
    functions: FUNCTIONS_TEXT,
    org: ORG_TEXT,
    glossary: GLOSSARY_TEXT,
    budgetNotes: { title: BUDGET_NOTES_TEXT[0], body: BUDGET_NOTES_TEXT.slice(1, firstItem), items: BUDGET_NOTES_TEXT.slice(firstItem) },
    tables: { ...TABLES },
    other: OTHER_TEXT,
    projects: PROJECTS_TEXT,
  }));
}
