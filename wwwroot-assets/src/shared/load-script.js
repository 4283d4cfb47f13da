// Loads a classic (UMD) script once and resolves when it has run. Libraries such as Leaflet and plotly.js are not
// ES modules; this keeps them out of pages that never draw a chart or a map. Callers pass URLs from
// import.meta.resolve: the page's import map (Components/OpsImportMap.cs) turns them into fingerprinted URLs served
// with an immutable Cache-Control, scripts and styles alike; without an import map they stay as they are.
const loading = new Map();

export function loadScript(src) {
  if (!loading.has(src)) {
    loading.set(src, new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = src;
      script.async = false;
      script.onload = () => resolve();
      script.onerror = () => { loading.delete(src); reject(new Error(`could not load ${src}`)); };
      document.head.appendChild(script);
    }));
  }
  return loading.get(src);
}

export function loadStyle(href) {
  if (!document.querySelector(`link[data-ops-style="${href}"]`)) {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    link.dataset.opsStyle = href;
    document.head.appendChild(link);
  }
}

// Calls fn at most once per interval, always with the latest arguments (trailing edge), so a burst of updates
// becomes one redraw.
export function throttle(fn, interval) {
  let last = 0;
  let timer = null;
  let pending = null;
  return (...args) => {
    pending = args;
    const wait = last + interval - Date.now();
    if (wait <= 0 && !timer) {
      last = Date.now();
      fn(...pending);
      pending = null;
    } else if (!timer) {
      timer = setTimeout(() => {
        timer = null;
        last = Date.now();
        if (pending) fn(...pending);
        pending = null;
      }, Math.max(wait, 0));
    }
  };
}
