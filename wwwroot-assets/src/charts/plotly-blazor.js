// Plotly.Blazor's own interop module, as its PlotlyChart uses it (the page's import map sends the component's import of
// the package's module here), with two changes that leave every drawing call the package's:
// - plotly.js comes from our copy of the package's basic bundle, at a fingerprinted, compressed, immutably cached URL. The
//   package names the plain URL, revalidated on every visit; this SDK serves a package's fingerprinted URLs uncompressed
//   (1.1 MB, not 311 KB in brotli). The package's module is our copy too (build/FrontEndAssets.targets), for the same reason.
// - a plot follows its element's size, not only the window's: a wall panel re-laid out by the next slide, a drawer opening.
import * as plotlyBlazor from "../vendor/plotly-blazor/plotly-interop.js";

export * from "../vendor/plotly-blazor/plotly-interop.js";

const PLOTLY = import.meta.resolve("../vendor/plotly/plotly-basic.min.js");
const observed = new Map();

const resizer = new ResizeObserver((entries) => {
  for (const { target } of entries) {
    // Blazor removes an element before it disposes its component; a detached, hidden or not yet drawn plot is left alone.
    if (window.Plotly && target._fullLayout && target.isConnected && target.offsetParent !== null) {
      window.Plotly.Plots.resize(target).catch(() => {});
    }
  }
});

// The id Plotly.Blazor's chart loads plotly.js under: the chart's own call then finds the script already asked for.
const PLOTLY_SCRIPT_ID = "plotly-import";

export function importScript(id) {
  return plotlyBlazor.importScript(id, PLOTLY);
}

// Called by shared/page-libraries.js before the circuit is up; the package's newPlot waits for the script's load.
export function preload() {
  return importScript(PLOTLY_SCRIPT_ID);
}

export function newPlot(id, ...args) {
  plotlyBlazor.newPlot(id, ...args);
  const element = document.getElementById(id);
  if (element && !observed.has(id)) {
    observed.set(id, element);
    resizer.observe(element);
  }
}

export function purge(id) {
  const element = observed.get(id);
  if (element) {
    resizer.unobserve(element);
    observed.delete(id);
  }
  plotlyBlazor.purge(id);
}
