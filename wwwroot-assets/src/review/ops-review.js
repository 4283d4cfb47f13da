// The presenter console's keys, behind three verbs: init, update, dispose.
// → / PageDown (what a presentation clicker sends) next, ← / PageUp previous, Home first, End last, S spotlight;
// sent to .NET as OnKey(name). Keys typed into a form field are left alone.
const consoles = new Map();

const KEYS = {
  ArrowRight: "next", PageDown: "next", ArrowLeft: "previous", PageUp: "previous",
  Home: "first", End: "last", s: "spotlight", S: "spotlight",
};

export function init(element, dotnet) {
  dispose(element);
  const onKey = (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return;
    const command = KEYS[event.key];
    if (!command || event.ctrlKey || event.altKey || event.metaKey) return;
    event.preventDefault();
    dotnet.invokeMethodAsync("OnKey", command).catch(() => {});
  };
  document.addEventListener("keydown", onKey);
  consoles.set(element, onKey);
  element.dataset.keys = "ready";
}

export function update() {}

export function dispose(element) {
  const onKey = consoles.get(element);
  if (!onKey) return;
  consoles.delete(element);
  document.removeEventListener("keydown", onKey);
}
