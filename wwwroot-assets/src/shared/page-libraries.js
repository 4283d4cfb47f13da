// Starts the chart and map libraries while Blazor is still connecting. The prerendered page already holds the charts'
// and maps' elements, so it is known here which libraries the page will draw with; without this they were fetched and
// run only after the circuit's first render asked for them, and plotly.js alone runs for 100–130 ms (bench/ui).
// Both loaders are the ones the components use later, which then find the work done or under way.
if (document.querySelector(".ops-chart")) {
  import("../charts/plotly-blazor.js").then((charts) => charts.preload()).catch(() => {});
}
if (document.querySelector(".ops-map")) {
  import("../map/ops-map.js").then((maps) => maps.preload()).catch(() => {});
}
