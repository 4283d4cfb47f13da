// Starts the chart and map libraries while Blazor is still connecting. The prerendered page already holds the charts'
// and maps' elements, so it is known here which libraries the page will draw with; without this they were fetched and
// run only after the circuit's first render asked for them, and plotly.js alone runs for 100–130 ms (bench/ui).
// The maps' outlines are fetched too (their URLs are on the prerendered elements). Both loaders are the ones the
// components use later, which then find the work done or under way.
const maps = [...document.querySelectorAll(".ops-map")];
if (maps.length) {
  const outlines = maps.map((map) => map.dataset.outlines).filter((url) => url);
  import("../map/ops-map.js").then((module) => module.preload(outlines)).catch(() => {});
}
// plotly.js holds the main thread for 100 ms or more: it starts after Blazor has begun asking for its circuit (on
// DOMContentLoaded, which waits for this module; Blazor's listener was added first), so it runs while the server
// starts the circuit and renders, not before Blazor can ask.
if (document.querySelector(".ops-chart")) {
  document.addEventListener("DOMContentLoaded", () => setTimeout(() => {
    import("../charts/plotly-blazor.js").then((charts) => charts.preload()).catch(() => {});
  }), { once: true });
}

// On every page: a link followed before the circuit is up loads the plain way (early-clicks.js).
import "./early-clicks.js";
