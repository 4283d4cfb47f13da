// The wall screen's browser side behind three verbs: init, update, dispose.
// - the clock: Bangkok time ticking every second from the server's clock (offset measured once), so the server never
//   renders once a second per television;
// - keys: ← → previous/next, space pause/resume, A only panels in alarm, Home back to the shared playlist,
//   F full screen; sent to .NET as OnKey(name).
// - the type size: init answers the screen's in pixels (the wall's rem follows the screen's width) and OnTypeSize(px)
//   tells .NET when a resize (a window going full screen) changes it; charts draw their text in it.
const screens = new Map();

const KEYS = {
  ArrowRight: "next", PageDown: "next", ArrowLeft: "previous", PageUp: "previous",
  " ": "toggle-pause", Spacebar: "toggle-pause", a: "toggle-alarm-only", A: "toggle-alarm-only", Home: "shared",
};

export function init(element, dotnet, serverNowMs) {
  dispose(element);
  const entry = { dotnet, offset: serverNowMs - Date.now(), timer: null, onKey: null, onResize: null, resizing: null, typeSize: typeSize() };
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

export function update(element, serverNowMs) {
  const entry = screens.get(element);
  if (entry) entry.offset = serverNowMs - Date.now();
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
  const clock = element.querySelector("[data-ops-clock]");
  if (!clock) return;
  const bangkok = new Date(Date.now() + entry.offset + 7 * 3600 * 1000);
  const pad = (n) => String(n).padStart(2, "0");
  clock.textContent = `${pad(bangkok.getUTCHours())}:${pad(bangkok.getUTCMinutes())}:${pad(bangkok.getUTCSeconds())}`;
}

function toggleFullScreen() {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  else document.documentElement.requestFullscreen().catch(() => {});
}
