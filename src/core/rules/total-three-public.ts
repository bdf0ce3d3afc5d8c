/** domain §4.5: 三公 合计 = 出国 + 接待 + 公务用车; 公务用车 = 购置 + 运行; 合计 0 → every item 0. */
import type { MoneyCell } from "../model";
import type { Rule } from "../rule";
import { compareSum, refs, reportCheck, SUM_MESSAGES } from "./support";
import { threePublicValues } from "./three-public";

export const rule: Rule = {
  meta: {
    id: "total.three-public",
    category: "total",
    defaultSeverity: "error",
    description: "“三公”经费：合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费；公务用车 = 购置费 + 运行维护费",
    messages: SUM_MESSAGES,
  },
  check(d, ctx) {
    for (const t of d.tables) {
      if (t.id !== "T10" || t.empty) continue;
      const v = threePublicValues(t);
      const parts = [v.outbound, v.reception, v.vehicle ?? undefined].filter((c): c is MoneyCell => !!c);
      if (v.total && parts.length) {
        const vehicleParts = v.vehicle ? [v.outbound, v.reception, v.vehicle] : [v.outbound, v.reception, v.vehiclePurchase, v.vehicleOperation];
        const cells = vehicleParts.filter((c): c is MoneyCell => !!c);
        reportCheck(ctx, { check: compareSum(v.total, cells), at: v.total.ref, related: refs(cells), table: t.id, subject: "“三公”经费合计应等于因公出国（境）费、公务接待费、公务用车购置及运行费之和" });
      }
      const veh = [v.vehiclePurchase, v.vehicleOperation].filter((c): c is MoneyCell => !!c);
      if (v.vehicle && veh.length) {
        reportCheck(ctx, { check: compareSum(v.vehicle, veh), at: v.vehicle.ref, related: refs(veh), table: t.id, subject: "公务用车购置及运行费应等于购置费与运行维护费之和" });
      }
    }
  },
};
