/** Task pane entry: decide Excel or browser mode, then render. */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { detectMode } from "./mode";
import { createExcelHost } from "../hosts/excel/host";
import { documentName } from "../hosts/excel/sheet-ops";

const root = createRoot(document.getElementById("root")!);
void detectMode().then((mode) => {
  document.documentElement.dataset.mode = mode;
  root.render(mode === "excel" ? <App mode="excel" excelHost={createExcelHost()} documentName={documentName()} /> : <App mode="browser" />);
});
