// The wall screen's browser side behind three verbs: init, update, dispose.
// - the clock: Bangkok time ticking every second from the server's clock (offset measured once), so the server never
//   renders once a second per television;
// - keys: ← → previous/next, space pause/resume, A only panels in alarm, Home back to the shared playlist,
//   F full screen; sent to .NET as OnKey(name).
const screens = new Map();

const KEYS = {
  ArrowRight: "next", PageDown: "next", ArrowLeft: "previous", PageUp: "previous",
  " ": "toggle-pause", Spacebar: "toggle-pause", a: "toggle-alarm-only", A: "toggle-alarm-only", Home: "shared",
};

export function init(element, dotnet, serverNowMs) {
  dispose(element);
  const entry = { dotnet, offset: serverNowMs - Date.now(), timer: null, onKey: null };
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
  entry.timer = setInterval(() => tick(element, entry), 1000);
  tick(element, entry);
  screens.set(element, entry);
  element.dataset.keys = "ready";
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
  document.removeEventListener("keydown", entry.onKey);
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
