// A link followed before the page's circuit is up loads the new page the plain way. Blazor would take the click with
// its enhanced navigation and patch the new page in, and then the circuit, started for the page the person left, would
// render that page over it (seen on a loaded machine: the indicators page, then the catalog back). Until the layout's
// marker says the page is interactive, a click on a link of this site is a full page load, which also drops the
// circuit still starting; after that, Blazor's router takes links as always.
const pending = () => document.querySelector("[data-ops-interactive=false]") !== null;

document.addEventListener("click", (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  if (!pending()) return;
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!link || link.target && link.target !== "_self" || link.hasAttribute("download")) return;
  const url = new URL(link.href, document.baseURI);
  if (url.origin !== location.origin) return;
  // Only the fragment changes: the browser scrolls, nothing is loaded.
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  location.assign(url.href);
}, { capture: true });
