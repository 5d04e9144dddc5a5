// GitHub's workflow parser and language service import their JSON schemas without
// `with { type: "json" }` (they are built for bundlers), which Node refuses. This in-thread
// hook adds the attribute for JSON files under node_modules/@actions; import it before
// anything that loads those packages (a dynamic import after it, as scripts/actionlint.ts does).
import { registerHooks } from "node:module";

registerHooks({
  load(url, context, nextLoad) {
    if (url.endsWith(".json") && url.includes("/node_modules/@actions/"))
      return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: "json" } });
    return nextLoad(url, context);
  },
});
