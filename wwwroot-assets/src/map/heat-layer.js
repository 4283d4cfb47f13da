// leaflet.heat, drawn at half resolution and stretched back by the browser. Its own full redraw on each moveend cost
// 20–30 ms for a 1920x1080 view: blending thousands of blurred sprites, reading every pixel back and colouring it in
// JavaScript. The heat is a blurred field (a 40 px reach per point), so drawing it with a quarter of the pixels and
// letting the browser's smoothing scale it up looks the same (bench/maps compares the two, see docs/maps.md) at about
// a quarter of the cost. Binning, weights and colours stay leaflet.heat's and simpleheat's.
// Leaflet and leaflet.heat must be loaded before this is called.
const SCALE = 2;

// What leaflet.heat's _redraw expects of simpleheat, in full-resolution pixels, drawing onto the smaller canvas.
class ScaledSheet {
  constructor(canvas) {
    // Every redraw reads the pixels back to colour them; a canvas that says so is kept in memory, not on the GPU.
    canvas.getContext("2d", { willReadFrequently: true });
    this.sheet = simpleheat(canvas);
    this._width = 0;
    this._height = 0;
    this.defaultRadius = this.sheet.defaultRadius;
  }

  // leaflet.heat sizes its grid and culls points by this reach (radius + blur) in screen pixels.
  get _r() {
    return this.sheet._r * SCALE;
  }

  radius(radius, blur) {
    this.sheet.radius(radius / SCALE, (blur ?? 15) / SCALE);
    return this;
  }

  max(max) {
    this.sheet.max(max);
    return this;
  }

  gradient(gradient) {
    this.sheet.gradient(gradient);
    return this;
  }

  data(points) {
    this.sheet.data(points.map(([x, y, value]) => [x / SCALE, y / SCALE, value]));
    return this;
  }

  draw(minOpacity) {
    this.sheet.draw(minOpacity);
    return this;
  }
}

// One class for every layer, made on first use (Leaflet is loaded by then): a class per layer would give V8 new shapes
// to optimise for on every update.
let HalfResolutionHeat = null;

export function heatLayer(points, options) {
  HalfResolutionHeat ??= L.HeatLayer.extend({
    _initCanvas() {
      const canvas = (this._canvas = L.DomUtil.create("canvas", "leaflet-heatmap-layer leaflet-layer"));
      canvas.style.transformOrigin = "50% 50%";
      const animated = this._map.options.zoomAnimation && L.Browser.any3d;
      L.DomUtil.addClass(canvas, `leaflet-zoom-${animated ? "animated" : "hide"}`);
      this._heat = new ScaledSheet(canvas);
      this._updateOptions();
    },

    _reset() {
      L.DomUtil.setPosition(this._canvas, this._map.containerPointToLayerPoint([0, 0]));
      const size = this._map.getSize();
      if (this._heat._width !== size.x || this._heat._height !== size.y) {
        const sheet = this._heat.sheet;
        this._heat._width = size.x;
        this._heat._height = size.y;
        this._canvas.width = sheet._width = Math.ceil(size.x / SCALE);
        this._canvas.height = sheet._height = Math.ceil(size.y / SCALE);
        this._canvas.style.width = `${size.x}px`;
        this._canvas.style.height = `${size.y}px`;
      }
      this._redraw();
    },

    // leaflet.heat leaves a requested redraw pending on removal; it would then run without a map.
    onRemove(map) {
      if (this._frame) L.Util.cancelAnimFrame(this._frame);
      this._frame = null;
      L.HeatLayer.prototype.onRemove.call(this, map);
    },
  });
  return new HalfResolutionHeat(points, options);
}
