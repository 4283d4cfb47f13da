// Leaflet behind three verbs: init, update, dispose (and locate, for "use my location"). Only the OpsMap component
// (OpsCenter.Web/Shared/Maps) calls them. No tile server is needed: maps draw the administrative boundaries fetched from
// /api/areas/... (the browser caches them); a tile URL is optional. State comes from .NET as plain data:
//   { boundariesUrl, areaStyles: { code: { fill, opacity, label, value } }, selected, heat: { points: [[lat, lon, w]],
//     radius, max }, markers: [{ id, lat, lon, color, title }], cluster, pick, pin: { lat, lon }, tileUrl, attribution,
//     theme, legend: { title, items: [{ color, label }] }, fitToBoundaries, showLabels }
// The mode is fixed when the map is made: "desk" (a person with a mouse) or "wall" (a television read from metres away:
// no controls, no interaction, the areas always fitted to the panel, larger labels).
// Events back to .NET: OnAreaClicked(code), OnMarkerClicked(id), OnPicked(lat, lon).
import { loadScript, loadStyle, throttle } from "../shared/load-script.js";
import { heatLayer } from "./heat-layer.js";
import { viewCanvas } from "./view-canvas.js";

// Resolved through the page's import map to fingerprinted, immutably cached URLs (see shared/load-script.js).
const asset = (path) => import.meta.resolve(`../vendor/${path}`);
const maps = new Map();
// Maps whose init is still loading Leaflet: a dispose meanwhile cancels it, or the map would be made after its element
// was gone and never removed.
const starting = new Map();

async function loadLeaflet(needsCluster) {
  loadStyle(asset("leaflet/leaflet.css"));
  await loadScript(asset("leaflet/leaflet.js"));
  await loadScript(asset("leaflet.heat/leaflet-heat.js"));
  if (needsCluster) {
    loadStyle(asset("leaflet.markercluster/MarkerCluster.css"));
    loadStyle(asset("leaflet.markercluster/MarkerCluster.Default.css"));
    await loadScript(asset("leaflet.markercluster/leaflet.markercluster.js"));
  }
}

// Outlines asked for by preload, taken by the first apply that wants them.
const early = new Map();

// Called by shared/page-libraries.js before the circuit is up with the outlines the prerendered maps will draw, so
// init finds Leaflet loaded and the outlines fetched.
export function preload(outlines = []) {
  for (const url of outlines) {
    if (!early.has(url)) early.set(url, fetchOutlines(url).catch(() => null));
  }
  return loadLeaflet(false);
}

async function fetchOutlines(url) {
  const response = await fetch(url, { credentials: "same-origin" });
  return response.ok ? await response.json() : null;
}

const palette = {
  light: { stroke: "#50627a", background: "#eef2f6", label: "#1d2733", selected: "#0b57d0" },
  dark: { stroke: "#8aa0bd", background: "#0b1220", label: "#e8eef7", selected: "#ffd54f" },
};

// A wall is looked at, never touched: nothing on it answers a mouse, a key or a finger.
const wallOptions = { zoomControl: false, attributionControl: false, dragging: false, touchZoom: false, scrollWheelZoom: false,
  doubleClickZoom: false, boxZoom: false, keyboard: false, zoomSnap: 0 };

export async function init(element, state, options, dotnet) {
  const ticket = {};
  starting.set(element, ticket);
  await loadLeaflet(state.cluster);
  if (starting.get(element) !== ticket) return;
  starting.delete(element);
  const wall = options?.mode === "wall";
  const colors = palette[state.theme] ?? palette.light;
  element.style.background = colors.background;
  const map = L.map(element, { zoomControl: true, attributionControl: !!state.tileUrl, preferCanvas: true, renderer: viewCanvas(), zoomSnap: 0.25, minZoom: 4, maxZoom: 18, ...(wall ? wallOptions : {}) });
  map.setView([13.75, 100.5], 6);
  const entry = { map, dotnet, wall, state: {}, boundaries: null, boundariesUrl: null, heat: null, markers: null, pin: null, tiles: null,
    legend: null, legendKey: null, labels: [], labelsKey: null, disposed: false };
  maps.set(element, entry);
  // The Leaflet map, for tools that measure or drive it (bench/maps).
  element.opsMapInstance = map;

  // Leaflet follows the window's size, not its container's: a wall panel or a side panel that changes size would leave
  // the map drawn for the old one. A wall also fits its areas to the new size.
  let resizing = 0;
  entry.resize = new ResizeObserver(() => {
    cancelAnimationFrame(resizing);
    resizing = requestAnimationFrame(() => {
      map.invalidateSize({ animate: false });
      if (entry.wall) fit(entry);
      if (entry.wall && entry.heat && entry.state.heat) entry.heat.setOptions(heatOptions(entry, entry.state.heat));
      layoutLabels(entry);
    });
  });
  entry.resize.observe(element);
  map.on("moveend", () => layoutLabels(entry));

  map.on("click", (e) => {
    if (entry.state.pick) {
      setPin(entry, e.latlng.lat, e.latlng.lng);
      dotnet?.invokeMethodAsync("OnPicked", e.latlng.lat, e.latlng.lng).catch(() => {});
    }
  });
  entry.apply = throttle((next) => apply(entry, next).catch((err) => console.error(err)), 150);
  entry.latest = state;
  await apply(entry, state);
}

export function update(element, state) {
  const entry = maps.get(element);
  if (!entry) return;
  entry.latest = state;
  entry.apply(state);
}

// Another area outlined, nothing else changed (a subdistrict clicked on the drill-down map). The newest state is kept
// with its own heat, markers and styles, which apply then recognises as unchanged and leaves drawn.
export function select(element, code) {
  const entry = maps.get(element);
  if (!entry) return;
  entry.latest = { ...entry.latest, selected: code ?? null };
  entry.apply(entry.latest);
}

export function dispose(element) {
  starting.delete(element);
  const entry = maps.get(element);
  if (!entry) return;
  maps.delete(element);
  entry.disposed = true;
  entry.resize.disconnect();
  entry.map.remove();
}

// The browser's position (it asks the person first), pinned and shown; { error } when it is refused or unknown.
export function locate(element) {
  const entry = maps.get(element);
  return new Promise((resolve) => {
    if (!navigator.geolocation) {
      resolve({ error: "unsupported" });
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const { latitude: lat, longitude: lon } = position.coords;
        if (entry) {
          setPin(entry, lat, lon);
          entry.map.setView([lat, lon], Math.max(entry.map.getZoom(), 15));
        }
        resolve({ lat, lon });
      },
      (error) => resolve({ error: error.code === error.PERMISSION_DENIED ? "denied" : error.code === error.TIMEOUT ? "timeout" : "unavailable" }),
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
  });
}

function fit(entry) {
  if (!entry.boundaries) return;
  const padding = entry.wall ? [6, 6] : [12, 12];
  entry.map.fitBounds(entry.boundaries.getBounds(), { padding, animate: false });
}

async function apply(entry, state) {
  // A throttled update can fall due after the map was removed.
  if (entry.disposed) return;
  const { map } = entry;
  const colors = palette[state.theme] ?? palette.light;
  // States from .NET are new objects throughout; one from select shares its parts with the previous, which are kept.
  const previous = entry.state;
  entry.state = state;

  if (state.tileUrl !== entry.tileUrl) {
    entry.tiles?.remove();
    entry.tiles = state.tileUrl ? L.tileLayer(state.tileUrl, { attribution: state.attribution ?? "" }).addTo(map) : null;
    entry.tileUrl = state.tileUrl;
  }

  const newOutlines = state.boundariesUrl !== entry.boundariesUrl;
  if (newOutlines) {
    entry.boundariesUrl = state.boundariesUrl;
    entry.boundaries?.remove();
    entry.boundaries = null;
    for (const label of entry.labels) label.marker.remove();
    entry.labels = [];
    entry.labelsKey = null;
    if (state.boundariesUrl) {
      const fetched = early.get(state.boundariesUrl);
      early.delete(state.boundariesUrl);
      const geojson = (fetched && await fetched) ?? await fetchOutlines(state.boundariesUrl);
      // Disposed or sent elsewhere while the outlines were on their way: the map or the request is no longer current.
      if (entry.disposed) return;
      if (geojson && entry.boundariesUrl === state.boundariesUrl) {
        entry.boundaries = L.geoJSON(geojson, {
          interactive: !entry.wall,
          style: (feature) => styleFor(entry, feature, colors),
          onEachFeature: (feature, layer) => {
            layer.on("click", (e) => {
              if (entry.state.pick) return;
              L.DomEvent.stopPropagation(e);
              entry.dotnet?.invokeMethodAsync("OnAreaClicked", feature.properties.code).catch(() => {});
            });
            layer.on("mouseover", () => layer.setStyle({ weight: 3 }));
            layer.on("mouseout", () => layer.setStyle({ weight: isSelected(entry, feature) ? 3 : 1 }));
          },
        }).addTo(map);
        if (state.fitToBoundaries !== false || entry.wall) fit(entry);
      }
    }
  }

  if (entry.boundaries) {
    entry.boundaries.setStyle((feature) => styleFor(entry, feature, colors));
    const newTips = newOutlines || state.areaStyles !== previous.areaStyles || state.language !== previous.language;
    if (!entry.wall && newTips) entry.boundaries.eachLayer((layer) => {
      const style = state.areaStyles?.[layer.feature.properties.code];
      const name = layer.feature.properties[state.language === "en" ? "nameEn" : "nameTh"];
      const tip = style?.label ? `<strong>${escapeHtml(name)}</strong><br>${escapeHtml(style.label)}` : `<strong>${escapeHtml(name)}</strong>`;
      layer.unbindTooltip();
      layer.bindTooltip(tip, { sticky: true });
    });
    // Names move only with the outlines, the language or the theme; a live update (new heat) keeps them.
    const labelsKey = `${state.language}|${!!state.showLabels}|${state.theme}`;
    if (labelsKey !== entry.labelsKey) {
      entry.labelsKey = labelsKey;
      drawLabels(entry, state, colors);
    }
  }

  // What was drawn, for people's tools and tests: canvas rendering leaves no element per polygon.
  const container = map.getContainer();
  container.dataset.areas = entry.boundaries ? String(entry.boundaries.getLayers().length) : "0";
  container.dataset.markers = String(state.markers?.length ?? 0);
  container.dataset.heat = String(state.heat?.points?.length ?? 0);
  container.dataset.selected = state.selected ?? "";
  container.dataset.ready = "true";
  // Where an area's representative point is on screen, so tests and tools can click an area on the canvas.
  container.opsMapPixelOf = (code) => {
    const layer = entry.boundaries?.getLayers().find((l) => l.feature.properties.code === code);
    if (!layer) return null;
    const p = map.latLngToContainerPoint([layer.feature.properties.lat, layer.feature.properties.lon]);
    return { x: p.x, y: p.y };
  };
  // Where the drawn areas' bounds are on screen, so tests and tools can tell how well they fill the map.
  container.opsMapAreasBox = () => {
    if (!entry.boundaries) return null;
    const bounds = entry.boundaries.getBounds();
    const a = map.latLngToContainerPoint(bounds.getNorthWest());
    const b = map.latLngToContainerPoint(bounds.getSouthEast());
    return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
  };

  // One heat layer (and canvas) for the map's life, given new points and options: a wall gets new heat with every report.
  if (state.heat === previous.heat) {
    // Unchanged (a selection only): redrawing 2,000 heat cells would show the same picture.
  } else if (state.heat?.points?.length) {
    const heat = heatOptions(entry, state.heat);
    const heatKey = JSON.stringify(heat);
    if (entry.heat) {
      // New options remake the heat's sprite; most updates only bring new points.
      if (heatKey !== entry.heatKey) entry.heat.setOptions(heat);
      entry.heat.setLatLngs(state.heat.points);
    } else {
      entry.heat = heatLayer(state.heat.points, heat).addTo(map);
      // The heat canvas lies over the areas' canvas; let clicks and hovers through to the areas.
      if (entry.heat._canvas) entry.heat._canvas.style.pointerEvents = "none";
    }
    entry.heatKey = heatKey;
  } else {
    entry.heat?.remove();
    entry.heat = null;
  }

  if (state.markers !== previous.markers || state.cluster !== previous.cluster) {
    drawMarkers(entry, state);
  }

  if (state.pin) setPin(entry, state.pin.lat, state.pin.lon);
  else { entry.pin?.remove(); entry.pin = null; }

  const legendKey = JSON.stringify(state.legend ?? null);
  if (legendKey !== entry.legendKey) {
    entry.legendKey = legendKey;
    drawLegend(entry, state.legend);
  }
}

function drawMarkers(entry, state) {
  entry.markers?.remove();
  entry.markers = null;
  if (state.markers?.length) {
    const group = state.cluster && L.markerClusterGroup ? L.markerClusterGroup({ showCoverageOnHover: false }) : L.layerGroup();
    for (const m of state.markers) {
      const marker = L.circleMarker([m.lat, m.lon], { radius: 6, color: "#ffffff", weight: 1, fillColor: m.color ?? "#c62828", fillOpacity: 0.9 });
      if (m.title && !entry.wall) marker.bindTooltip(escapeHtml(m.title));
      marker.on("click", (e) => {
        L.DomEvent.stopPropagation(e);
        entry.dotnet?.invokeMethodAsync("OnMarkerClicked", String(m.id)).catch(() => {});
      });
      group.addLayer(marker);
    }
    entry.markers = group.addTo(entry.map);
  }
}

function isSelected(entry, feature) {
  return entry.state.selected && entry.state.selected === feature.properties.code;
}

function styleFor(entry, feature, colors) {
  const style = entry.state.areaStyles?.[feature.properties.code];
  const selected = isSelected(entry, feature);
  return {
    color: selected ? colors.selected : colors.stroke,
    weight: selected ? 3 : 1,
    fillColor: style?.fill ?? "#9fb0c6",
    fillOpacity: style?.opacity ?? (style?.fill ? 0.7 : 0.15),
    dashArray: feature.properties.approximate ? "4 3" : null,
  };
}

// A wall's heat is sized in its type size, as everything else on it: radius and blur are pixels at a 16 px rem, so a
// 3840×2160 television (twice the rem) draws the same blobs, only sharper, instead of half-sized ones.
function heatOptions(entry, heat) {
  const scale = entry.wall ? parseFloat(getComputedStyle(document.documentElement).fontSize) / 16 : 1;
  const radius = Math.round((heat.radius ?? 22) * scale);
  entry.map.getContainer().dataset.heatRadius = String(radius);
  return { radius, blur: Math.round(18 * scale), max: heat.max ?? 1, minOpacity: 0.35 };
}

function drawLabels(entry, state, colors) {
  for (const label of entry.labels) label.marker.remove();
  entry.labels = [];
  if (!state.showLabels) return;
  entry.boundaries.eachLayer((layer) => {
    const p = layer.feature.properties;
    const name = state.language === "en" ? p.nameEn : p.nameTh;
    const icon = L.divIcon({ className: "ops-map-label", html: `<span style="color:${colors.label}">${escapeHtml(name)}</span>`, iconSize: null });
    entry.labels.push({ marker: L.marker([p.lat, p.lon], { icon, interactive: false, keyboard: false }).addTo(entry.map), layer });
  });
  layoutLabels(entry);
}

// Labels that would overlap one another or run off the map are hidden: the larger areas are labelled first, and a
// smaller one only where its name has room. On a wall, a name that does not fit at its full size tries a smaller one
// (85 %: smaller is not legible across a room) and then a place just above or below its area's centre before it is
// hidden; it may spill a little past its area's width, never onto another name. All boxes are read before any is
// changed (one layout); the candidates are computed from them, then the sizes, offsets and visibility are written.
const wallLabelScales = [1, 0.85];
function layoutLabels(entry) {
  if (!entry.labels.length) return;
  const map = entry.map;
  const frame = map.getContainer().getBoundingClientRect();
  const placed = [];
  const labels = entry.labels
    .map((label) => {
      const span = label.marker.getElement()?.firstElementChild;
      if (!span) return null;
      span.style.visibility = "";
      span.style.fontSize = "";
      span.style.transform = "";
      const bounds = label.layer.getBounds();
      const nw = map.latLngToContainerPoint(bounds.getNorthWest());
      const se = map.latLngToContainerPoint(bounds.getSouthEast());
      return { span, areaWidth: se.x - nw.x, areaHeight: se.y - nw.y, areaSize: (se.x - nw.x) * (se.y - nw.y) };
    })
    .filter((label) => label)
    .map((label) => ({ ...label, box: label.span.getBoundingClientRect(), fontPx: parseFloat(getComputedStyle(label.span).fontSize) }))
    .sort((a, b) => b.areaSize - a.areaSize);
  const gap = 2;
  const clear = (box) => placed.every((other) => box.right + gap <= other.left || other.right + gap <= box.left || box.bottom + gap <= other.top || other.bottom + gap <= box.top);
  const inside = (box) => box.left >= frame.left && box.top >= frame.top && box.right <= frame.right && box.bottom <= frame.bottom;
  for (const label of labels) {
    label.show = null;
    for (const candidate of candidates(entry, label)) {
      if (inside(candidate.box) && clear(candidate.box)) {
        label.show = candidate;
        placed.push(candidate.box);
        break;
      }
    }
  }
  for (const label of labels) {
    const { span, show } = label;
    span.style.visibility = show ? "" : "hidden";
    if (show && show.scale !== 1) span.style.fontSize = `${label.fontPx * show.scale}px`;
    if (show?.dy) span.style.transform = `translate(-50%, calc(-50% + ${show.dy}px))`;
  }
  map.getContainer().dataset.labels = String(placed.length);
}

// Where a label may go, in order of preference; off a wall only where it was drawn.
function candidates(entry, label) {
  const { box } = label;
  if (!entry.wall) return [{ scale: 1, dy: 0, box }];
  const cx = (box.left + box.right) / 2;
  const cy = (box.top + box.bottom) / 2;
  const result = [];
  for (const scale of wallLabelScales) {
    const width = box.width * scale;
    const height = box.height * scale;
    if (width > label.areaWidth * 1.4) continue;
    const shift = Math.min(label.areaHeight / 3, height);
    for (const dy of [0, -shift, shift]) {
      result.push({ scale, dy, box: { left: cx - width / 2, right: cx + width / 2, top: cy + dy - height / 2, bottom: cy + dy + height / 2 } });
    }
  }
  return result;
}

function drawLegend(entry, legend) {
  entry.legend?.remove();
  entry.legend = null;
  if (!legend?.items?.length) return;
  const control = L.control({ position: "bottomright" });
  control.onAdd = () => {
    const div = L.DomUtil.create("div", "ops-map-legend");
    div.innerHTML = (legend.title ? `<div class="ops-map-legend-title">${escapeHtml(legend.title)}</div>` : "") +
      legend.items.map((i) => `<div><i style="background:${i.color}"></i>${escapeHtml(i.label)}</div>`).join("");
    return div;
  };
  entry.legend = control.addTo(entry.map);
}

function setPin(entry, lat, lon) {
  if (entry.pin) entry.pin.setLatLng([lat, lon]);
  else entry.pin = L.marker([lat, lon], { title: "pin" }).addTo(entry.map);
}

function escapeHtml(text) {
  return String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}
