// plotly.js behind three verbs: init, update, dispose. Specs are plain objects from .NET ({ data, layout, config });
// updates go through Plotly.react and are throttled so a burst of events redraws once.
import { loadScript, throttle } from "../shared/load-script.js";

// Resolved through the page's import map to the fingerprinted, immutably cached URL (see shared/load-script.js).
const PLOTLY = import.meta.resolve("../vendor/plotly/plotly-basic.min.js");
const charts = new Map();
// Charts whose init is still loading plotly.js: a dispose meanwhile cancels it, or the chart (and its ResizeObserver)
// would be made after its element was gone and kept for ever.
const starting = new Map();

const themes = {
  light: { font: "#1d2733", grid: "#dde3ea", paper: "rgba(0,0,0,0)" },
  dark: { font: "#e8eef7", grid: "#24324a", paper: "rgba(0,0,0,0)" },
};

// layout.fontScale (OpsCenter's own key): type relative to the element's font size, so a wall chart grows with the
// screen like the rest of the wall instead of staying at a fixed pixel size on a 4K television.
function layoutFor(element, spec, theme) {
  const t = themes[theme] ?? themes.light;
  const { fontScale, ...layout } = spec.layout ?? {};
  const size = fontScale ? Math.round(parseFloat(getComputedStyle(element).fontSize) * fontScale) : 14;
  return {
    margin: { l: 48, r: 16, t: 24, b: 40 },
    paper_bgcolor: t.paper,
    plot_bgcolor: t.paper,
    ...layout,
    font: { family: "Sarabun, 'Noto Sans Thai', sans-serif", color: t.font, size, ...(layout.font ?? {}) },
    xaxis: { gridcolor: t.grid, zerolinecolor: t.grid, automargin: true, ...(layout.xaxis ?? {}) },
    yaxis: { gridcolor: t.grid, zerolinecolor: t.grid, automargin: true, ...(layout.yaxis ?? {}) },
    legend: { orientation: "h", y: -0.2, ...(layout.legend ?? {}) },
  };
}

const config = { displaylogo: false, responsive: true, locale: "th", modeBarButtonsToRemove: ["lasso2d", "select2d"] };

export async function init(element, spec, theme, dotnet) {
  const ticket = {};
  starting.set(element, ticket);
  await loadScript(PLOTLY);
  if (starting.get(element) !== ticket) return;
  starting.delete(element);
  const state = { theme, dotnet, observer: null, draw: null };
  charts.set(element, state);
  await Plotly.newPlot(element, spec.data ?? [], layoutFor(element, spec, theme), { ...config, ...(spec.config ?? {}) });
  if (charts.get(element) !== state) {
    // Disposed while drawing: dispose purged what existed then; purge what newPlot finished since.
    Plotly.purge(element);
    return;
  }
  state.draw = throttle((next) => {
    if (charts.has(element)) Plotly.react(element, next.data ?? [], layoutFor(element, next, state.theme), { ...config, ...(next.config ?? {}) });
  }, 200);
  element.on("plotly_click", (event) => {
    const point = event?.points?.[0];
    if (point && state.dotnet) {
      state.dotnet.invokeMethodAsync("OnPointClicked", {
        curve: point.curveNumber,
        index: point.pointIndex ?? point.pointNumber ?? 0,
        x: String(point.x ?? ""),
        y: String(point.y ?? ""),
        key: point.customdata == null ? null : String(Array.isArray(point.customdata) ? point.customdata[0] : point.customdata),
      }).catch(() => {});
    }
  });
  // Blazor removes an element before it disposes its component; a detached or hidden plot must not be resized.
  state.observer = new ResizeObserver(() => {
    if (charts.has(element) && element.isConnected && element.offsetParent !== null) Plotly.Plots.resize(element).catch(() => {});
  });
  state.observer.observe(element);
}

export function update(element, spec, theme) {
  const state = charts.get(element);
  if (!state) return;
  state.theme = theme ?? state.theme;
  state.draw(spec);
}

export function dispose(element) {
  starting.delete(element);
  const state = charts.get(element);
  if (!state) return;
  charts.delete(element);
  state.observer?.disconnect();
  if (window.Plotly) Plotly.purge(element);
}
