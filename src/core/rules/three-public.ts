/** Values of the “三公” table in either layout: labelled rows (seed) or one row of columns (Shanghai). */
import type { MoneyCell, RecognizedTable } from "../model";
import { lineRow } from "./support";

export type ThreePublicKey = "total" | "outbound" | "reception" | "vehicle" | "vehiclePurchase" | "vehicleOperation";

const LINE_OF: Record<ThreePublicKey, "threePublicTotal" | "outbound" | "reception" | "vehicle" | "vehiclePurchase" | "vehicleOperation"> = {
  total: "threePublicTotal",
  outbound: "outbound",
  reception: "reception",
  vehicle: "vehicle",
  vehiclePurchase: "vehiclePurchase",
  vehicleOperation: "vehicleOperation",
};

export function threePublicValues(t: RecognizedTable): Partial<Record<ThreePublicKey, MoneyCell>> {
  const out: Partial<Record<ThreePublicKey, MoneyCell>> = {};
  const byLines = t.rows.some((r) => r.line && r.line !== "unitTotal");
  for (const key of Object.keys(LINE_OF) as ThreePublicKey[]) {
    if (byLines) {
      const cell = lineRow(t, LINE_OF[key])?.amounts.total;
      if (cell) out[key] = cell;
    } else {
      const row = t.rows.find((r) => r.amounts[key === "total" ? "total" : key] !== undefined);
      const cell = row?.amounts[key === "total" ? "total" : key];
      if (cell) out[key] = cell;
    }
  }
  return out;
}

/** 机关运行经费 of a T11 (or the combined Shanghai table). */
export function operatingCostValue(t: RecognizedTable): MoneyCell | undefined {
  const col = t.rows.find((r) => r.amounts.operatingCost)?.amounts.operatingCost;
  if (col) return col;
  const total = t.rows.find((r) => r.line === "unitTotal") ?? t.rows.find((r) => r.kind === "total") ?? t.rows[0];
  return total?.amounts.total;
}
