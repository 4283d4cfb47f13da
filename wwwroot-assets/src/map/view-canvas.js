// Leaflet's canvas renderer, minus work a redraw repeats for nothing (measured with bench/maps, see docs/maps.md):
// - a view reset (a zoom without animation) projects all 928 districts on zoomend and again on viewreset, and clips
//   and simplifies them twice; now once each;
// - after a pan, polygons wholly inside (or outside) the canvas before and after keep their clipped parts;
// - every moveend set the canvas's width and height, which throws away and reallocates its 2304x1296 backing store
//   even when the size is unchanged; now the canvas is only resized when the map's size changes, and cleared instead.
// Leaflet must be loaded before this is called.
export function viewCanvas(options) {
  const ViewCanvas = L.Canvas.extend({
    _onZoomEnd() {
      // Inside a view reset (_postponeUpdatePaths is set by viewprereset) Renderer._reset projects every layer.
      if (!this._postponeUpdatePaths) L.Canvas.prototype._onZoomEnd.call(this);
    },

    _reset() {
      // Leaflet's view reset has each layer project and clip, then clips them all again before the redraw.
      this._update();
      this._updateTransform(this._center, this._zoom);
      for (const id in this._layers) this._layers[id]._project();
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
