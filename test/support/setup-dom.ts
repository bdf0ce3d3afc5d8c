/**
 * Pane tests wait for real work (reading, validating, writing a workbook with ExcelJS); on a shared
 * 2-core CI machine that can take several seconds, so async queries wait up to 15 s instead of 1 s.
 */
import { configure } from "@testing-library/dom";

configure({ asyncUtilTimeout: 15_000 });
