// The wall screen's browser side behind three verbs: init, update, dispose.
// - the clock: Bangkok time ticking every second from the server's clock (offset measured once), so the server never
//   renders once a second per television;
// - keys: ← → previous/next, space pause/resume, A only panels in alarm, Home back to the shared playlist,
//   F full screen; sent to .NET as OnKey(name).
// - the type size: init answers the screen's in pixels (the wall's rem follows the screen's width) and OnTypeSize(px)
//   tells .NET when a resize (a window going full screen) changes it; charts draw their text in it.
// - staleness: <html data-ops-stale="true"> while the server is away (kiosk.js's data-ops-connection) or the figures'
//   time ([data-computed-at]) is older than staleAfterMs, so a frozen figure never passes for a live one;
// - the quiet-hour refresh: at refreshAtMs (server clock) the page reloads itself, once the server answers, to start
//   the browser side afresh after days of uptime; the URL and the shared playlist bring it back to the same place.
const screens = new Map();

const KEYS = {
  ArrowRight: "next", PageDown: "next", ArrowLeft: "previous", PageUp: "previous",
  " ": "toggle-pause", Spacebar: "toggle-pause", a: "toggle-alarm-only", A: "toggle-alarm-only", Home: "shared",
};

export function init(element, dotnet, { serverNowMs, staleAfterMs, refreshAtMs }) {
  // One wall per page. A circuit resumed after a pause renders a new element, and the old circuit could not reach this
  // module to dispose its entry; its .NET reference id may now name the new circuit's page, so each key would count twice.
  for (const old of [...screens.keys()]) dispose(old);
  const entry = { dotnet, offset: serverNowMs - Date.now(), staleAfterMs, refreshAtMs, timer: null, onKey: null, onResize: null, resizing: null,
    typeSize: typeSize() };
  entry.onKey = (event) => {
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
    if (event.key === "f" || event.key === "F") {
      toggleFullScreen();
      return;
    }
    const command = KEYS[event.key];
    if (!command) return;
    event.preventDefault();
    entry.dotnet.invokeMethodAsync("OnKey", command).catch(() => {});
  };
  document.addEventListener("keydown", entry.onKey);
  entry.onResize = () => {
    clearTimeout(entry.resizing);
    entry.resizing = setTimeout(() => {
      const size = typeSize();
      if (size === entry.typeSize) return;
      entry.typeSize = size;
      entry.dotnet.invokeMethodAsync("OnTypeSize", size).catch(() => {});
    }, 250);
  };
  window.addEventListener("resize", entry.onResize);
  entry.timer = setInterval(() => tick(element, entry), 1000);
  tick(element, entry);
  screens.set(element, entry);
  element.dataset.keys = "ready";
  return entry.typeSize;
}

export function dispose(element) {
  const entry = screens.get(element);
  if (!entry) return;
  screens.delete(element);
  clearInterval(entry.timer);
  clearTimeout(entry.resizing);
  document.removeEventListener("keydown", entry.onKey);
  window.removeEventListener("resize", entry.onResize);
}

function typeSize() {
  return Math.round(parseFloat(getComputedStyle(document.documentElement).fontSize));
}

function tick(element, entry) {
  const serverNow = Date.now() + entry.offset;
  markStale(element, entry, serverNow);
  if (entry.refreshAtMs && serverNow >= entry.refreshAtMs && document.documentElement.dataset.opsConnection === "online") {
    entry.refreshAtMs = null;
    reloadWhenServerAnswers();
  }
  const clock = element.querySelector("[data-ops-clock]");
  if (!clock) return;
  const bangkok = new Date(serverNow + 7 * 3600 * 1000);
  const pad = (n) => String(n).padStart(2, "0");
  clock.textContent = `${pad(bangkok.getUTCHours())}:${pad(bangkok.getUTCMinutes())}:${pad(bangkok.getUTCSeconds())}`;
}

function toggleFullScreen() {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  else document.documentElement.requestFullscreen().catch(() => {});
}

function markStale(element, entry, serverNow) {
  const computedAt = Number(element.querySelector("[data-computed-at]")?.dataset.computedAt);
  const away = document.documentElement.dataset.opsConnection !== "online";
  const old = Number.isFinite(computedAt) && serverNow - computedAt > entry.staleAfterMs;
  document.documentElement.dataset.opsStale = String(away || old);
}

// A reload into a server that does not answer would leave the television on a browser error page.
async function reloadWhenServerAnswers() {
  for (;;) {
    try {
      if ((await fetch("/healthz", { cache: "no-store" })).ok) break;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 30000));
  }
  location.reload();
}
