// Where a redraw's time goes: bench/maps/run.sh loads this before the map module when MAPS_BENCH_PROFILE names it.
// It wraps the functions a pan or zoom runs through and sums their own time (outermost call only) per part. The map
// module's renderer overrides some of Leaflet's (wwwroot-assets/src/map/view-canvas.js); what the areas cost in all is
// "map: all event handlers" less the heat's whole redraw.
import { loadScript } from "/assets/shared/load-script.js";

await loadScript("/assets/vendor/leaflet/leaflet.js");
await loadScript("/assets/vendor/leaflet.heat/leaflet-heat.js");
window.parts = {};
window.partCalls = {};
const depth = {};

function wrap(owner, name, label) {
  const inner = owner[name];
  owner[name] = function (...args) {
    depth[label] = (depth[label] ?? 0) + 1;
    const start = performance.now();
    try {
      return inner.apply(this, args);
    } finally {
      if (--depth[label] === 0) {
        parts[label] = (parts[label] ?? 0) + performance.now() - start;
        partCalls[label] = (partCalls[label] ?? 0) + 1;
      }
    }
  };
}

wrap(L.Map.prototype, "fire", "map: all event handlers");
wrap(L.Canvas.prototype, "_redraw", "areas: draw 928 polygons (commands only; rasterised at commit)");
wrap(L.Polyline.prototype, "_project", "areas: project (Leaflet's, each polygon)");
wrap(L.Polyline.prototype, "_update", "areas: clip + simplify (each polygon)");
wrap(L.HeatLayer.prototype, "_redraw", "heat: whole redraw (bin + draw)");
wrap(simpleheat.prototype, "draw", "heat: draw sprites + colorize");
wrap(CanvasRenderingContext2D.prototype, "getImageData", "heat: read pixels back (flushes the sprites)");
wrap(simpleheat.prototype, "_colorize", "heat: colorize");
wrap(CanvasRenderingContext2D.prototype, "putImageData", "heat: put pixels");

// Each step's parts, so the first steps (code not yet optimised by V8) can be told from the steady ones.
window.stepParts = [];
window.stepDone = () => {
  const previous = stepParts.reduce((sum, step) => { for (const k in step) sum[k] = (sum[k] ?? 0) + step[k]; return sum; }, {});
  stepParts.push(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, v - (previous[k] ?? 0)])));
};

window.countVertices = () => {
  let count = 0;
  const walk = (items) => { for (const item of items) if (Array.isArray(item)) walk(item); else count++; };
  document.getElementById("map").opsMapInstance.eachLayer((layer) => { if (layer._latlngs && layer.feature) walk(layer._latlngs); });
  return count;
};
