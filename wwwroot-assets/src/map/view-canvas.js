// Leaflet's canvas renderer, minus work a redraw repeats for nothing (measured with bench/maps, see docs/maps.md):
// - a view reset (a zoom without animation) projects all 928 districts on zoomend and again on viewreset, and clips
//   and simplifies them twice; now once each;
// - after a pan, polygons wholly inside (or outside) the canvas before and after keep their clipped parts;
// - projecting a polygon on each zoom recomputed Web Mercator (a log and a sine) for every vertex; the zoom-free part is
//   now computed once per polygon and each zoom only scales it, with the same arithmetic Leaflet uses;
// - every moveend set the canvas's width and height, which throws away and reallocates its 2304x1296 backing store
//   even when the size is unchanged; now the canvas is only resized when the map's size changes, and cleared instead.
// Leaflet must be loaded before this is called.
export function viewCanvas(options) {
  const ViewCanvas = L.Canvas.extend({
    _onZoomEnd() {
      // Inside a view reset (_postponeUpdatePaths is set by viewprereset) Renderer._reset projects every layer.
      if (!this._postponeUpdatePaths) for (const id in this._layers) project(this._layers[id], this._map);
    },

    _reset() {
      // Leaflet's view reset has each layer project and clip, then clips them all again before the redraw.
      this._update();
      this._updateTransform(this._center, this._zoom);
      for (const id in this._layers) project(this._layers[id], this._map);
      this._postponeUpdatePaths = false;
      this._updatePaths();
    },

    _updatePaths() {
      if (this._postponeUpdatePaths) return;
      this._redrawBounds = null;
      for (const id in this._layers) {
        const layer = this._layers[id];
        if (!partsStillValid(layer, this._bounds)) layer._update();
      }
      this._redraw();
    },

    _update() {
      if (this._map._animatingZoom && this._bounds) return;
      L.Renderer.prototype._update.call(this);
      const bounds = this._bounds;
      const size = bounds.getSize();
      const scale = L.Browser.retina ? 2 : 1;
      const canvas = this._container;
      L.DomUtil.setPosition(canvas, bounds.min);
      if (canvas.width !== scale * size.x || canvas.height !== scale * size.y) {
        canvas.width = scale * size.x;
        canvas.height = scale * size.y;
        canvas.style.width = `${size.x}px`;
        canvas.style.height = `${size.y}px`;
      }
      // The same mapping Leaflet sets on a fresh canvas (scale for retina, then translate to the padded bounds);
      // the full redraw that follows an update clears the whole canvas.
      this._ctx.setTransform(scale, 0, 0, scale, -scale * bounds.min.x, -scale * bounds.min.y);
      this.fire("update");
    },
  });
  return new ViewCanvas(options);
}

// A polygon's clipped and simplified parts depend on its projected rings and on whether it lies wholly inside,
// wholly outside or across the clip bounds. After a pan (same rings) a polygon that is wholly inside or wholly outside
// both before and after would get exactly the parts it has, so Leaflet's clip and Douglas-Peucker pass is skipped.
function partsStillValid(layer, rendererBounds) {
  if (!(layer instanceof L.Polygon) || !layer._pxBounds) return false;
  const weight = layer.options.weight ?? 0;
  const clip = L.bounds(rendererBounds.min.subtract([weight, weight]), rendererBounds.max.add([weight, weight]));
  const place = clip.contains(layer._pxBounds) ? "inside" : clip.intersects(layer._pxBounds) ? "across" : "outside";
  const valid = place !== "across" && layer._opsPartsFor === layer._rings && layer._opsPlace === place;
  layer._opsPartsFor = layer._rings;
  layer._opsPlace = place;
  return valid;
}

// Leaflet's Polyline._project (latLngToLayerPoint for each vertex: project, scale, round, minus the pixel origin) with
// the projection and transformation (scale 1) done once: scale * (a * x + b) is the same sum Leaflet computes.
function project(layer, map) {
  const crs = map.options.crs;
  if (!(layer instanceof L.Polyline) || crs !== L.CRS.EPSG3857) {
    layer._project();
    return;
  }
  if (layer._opsUnitFor !== layer._latlngs) {
    layer._opsUnitRings = [];
    collectUnitRings(layer._latlngs, layer._opsUnitRings, crs);
    layer._opsUnitFor = layer._latlngs;
  }
  const scale = crs.scale(map.getZoom());
  const origin = map.getPixelOrigin();
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  layer._rings = layer._opsUnitRings.map((unit) => {
    const ring = new Array(unit.length / 2);
    for (let i = 0; i < ring.length; i++) {
      const x = Math.round(scale * unit[2 * i]) - origin.x;
      const y = Math.round(scale * unit[2 * i + 1]) - origin.y;
      ring[i] = new L.Point(x, y);
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    return ring;
  });
  if (layer._bounds.isValid() && minX <= maxX) {
    layer._rawPxBounds = L.bounds([minX, minY], [maxX, maxY]);
    layer._updateBounds();
  }
}

function collectUnitRings(latlngs, rings, crs) {
  if (latlngs[0] instanceof L.LatLng) {
    const unit = new Float64Array(latlngs.length * 2);
    latlngs.forEach((latlng, i) => {
      const point = crs.transformation._transform(crs.projection.project(latlng), 1);
      unit[2 * i] = point.x;
      unit[2 * i + 1] = point.y;
    });
    rings.push(unit);
  } else {
    for (const inner of latlngs) collectUnitRings(inner, rings, crs);
  }
}
