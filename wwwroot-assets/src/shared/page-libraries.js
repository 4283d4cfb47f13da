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
// After the map's: Leaflet and the outlines are small and come first, plotly.js's 1.2 MB next.
if (document.querySelector(".ops-chart")) {
  import("../charts/plotly-blazor.js").then((charts) => charts.preload()).catch(() => {});
}
