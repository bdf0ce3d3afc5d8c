/** Root: Office-styled Fluent provider around the pane. */
import { FluentProvider } from "@fluentui/react-components";
import { paneTheme } from "./theme";
import { Pane, type PaneProps } from "./Pane";

export function App(props: PaneProps) {
  return (
    <FluentProvider theme={paneTheme} style={{ minHeight: "100vh" }}>
      <Pane {...props} />
    </FluentProvider>
  );
}
