/** The rule registry: every rule module, in reporting order. A test checks each file is listed and tested. */
import type { Rule } from "../rule";
import { rule as totalHierarchy } from "./total-hierarchy";
import { rule as totalColumns } from "./total-columns";
import { rule as totalBalance } from "./total-balance";
import { rule as totalEconomic } from "./total-economic";
import { rule as totalThreePublic } from "./total-three-public";
import { rule as crossT01T02 } from "./cross-t01-t02";
import { rule as crossT01T03 } from "./cross-t01-t03";
import { rule as crossT02T03 } from "./cross-t02-t03";
import { rule as crossT04Funds } from "./cross-t04-funds";
import { rule as crossT04T01 } from "./cross-t04-t01";
import { rule as crossT05T03 } from "./cross-t05-t03";
import { rule as crossT05T06 } from "./cross-t05-t06";
import { rule as crossProjectSpending } from "./cross-project-spending";
import { rule as crossT11T06 } from "./cross-t11-t06";
import { rule as crossThreePublicItems } from "./cross-three-public-items";
import { rule as catalogNameConsistency } from "./catalog-name-consistency";
import { rule as catalogCodeFormat } from "./catalog-code-format";
import { rule as catalogCodeHierarchy } from "./catalog-code-hierarchy";
import { rule as catalogKnownName } from "./catalog-known-name";
import { rule as completenessNoTables } from "./completeness-no-tables";
import { rule as completenessMissingTable } from "./completeness-missing-table";
import { rule as completenessEmptyNote } from "./completeness-empty-note";
import { rule as completenessEmptyButExpected } from "./completeness-empty-but-expected";
import { rule as completenessUnreadableFormulas } from "./completeness-unreadable-formulas";
import { rule as plausibilityPerfFunds } from "./plausibility-perf-funds";
import { rule as plausibilityPurchaseServices } from "./plausibility-purchase-services";
import { rule as plausibilityPerfItemized } from "./plausibility-perf-itemized";
import { rule as narrativeUnitName } from "./narrative-unit-name";
import { rule as narrativeItemList } from "./narrative-item-list";
import { rule as narrativeCount } from "./narrative-count";
import { rule as narrativePurchaseTotal } from "./narrative-purchase-total";
import { rule as narrativeAmount } from "./narrative-amount";
import { rule as narrativeShare } from "./narrative-share";
import { rule as narrativeChange } from "./narrative-change";
import { rule as narrativePlaceholder } from "./narrative-placeholder";
import { rule as narrativeUnverified } from "./narrative-unverified";

export const RULES: readonly Rule[] = [
  totalHierarchy,
  totalColumns,
  totalBalance,
  totalEconomic,
  totalThreePublic,
  crossT01T02,
  crossT01T03,
  crossT02T03,
  crossT04Funds,
  crossT04T01,
  crossT05T03,
  crossT05T06,
  crossProjectSpending,
  crossT11T06,
  crossThreePublicItems,
  catalogNameConsistency,
  catalogCodeFormat,
  catalogCodeHierarchy,
  catalogKnownName,
  completenessNoTables,
  completenessMissingTable,
  completenessEmptyNote,
  completenessEmptyButExpected,
  completenessUnreadableFormulas,
  plausibilityPerfFunds,
  plausibilityPurchaseServices,
  plausibilityPerfItemized,
  narrativeUnitName,
  narrativeItemList,
  narrativeCount,
  narrativePurchaseTotal,
  narrativeAmount,
  narrativeShare,
  narrativeChange,
  narrativePlaceholder,
  narrativeUnverified,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
