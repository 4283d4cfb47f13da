// Starts Blazor on wall pages for televisions nobody touches, with .NET 10's own reconnection machinery:
// - Blazor.start's reconnectionOptions: retry forever, backing off to 15 s (a room has nobody to press "retry");
// - the reconnect UI is the element #components-reconnect-modal (App.razor), an invisible carrier of the
//   components-reconnect-* states: no grey overlay, only the discreet dot in the wall's corner (WallStatus);
// - a network blip rejoins the same circuit; a circuit the server evicted during a long outage is resumed from its
//   persisted state ([PersistentState]); a server restart knows neither, so the page reloads, but only once the server
//   answers /healthz, so the television never lands on a browser error page. The URL and the shared playlist bring it
//   back to the same screen and slide (or the review it follows).
// - a fatal circuit error (#blazor-error-ui shown): reload after a pause, the same way.
// The state is written to <html data-ops-connection="connecting|online|reconnecting">.
(() => {
  const root = document.documentElement;
  const setState = (state) => { root.dataset.opsConnection = state; };
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  let reloading = false;

  async function serverIsUp() {
    try {
      return (await fetch("/healthz", { cache: "no-store" })).ok;
    } catch {
      return false;
    }
  }

  async function reloadWhenServerIsUp() {
    if (reloading) return;
    reloading = true;
    setState("reconnecting");
    while (!(await serverIsUp())) await sleep(1000);
    location.reload();
  }

  // Attempt 0 at once, then 1 s, 2 s, 4 s, 8 s, and every 15 s from then on.
  const retryIntervalMilliseconds = (attempt) => (attempt === 0 ? 0 : Math.min(1000 * 2 ** (attempt - 1), 15000));

  function followReconnectStates() {
    const carrier = document.getElementById("components-reconnect-modal");
    if (!carrier) return;
    carrier.addEventListener("components-reconnect-state-changed", (event) => {
      switch (event.detail.state) {
        case "show":
        case "retrying":
        case "paused":
          setState("reconnecting");
          break;
        case "hide":
          setState("online");
          break;
        case "rejected":
        case "failed":
        case "resume-failed":
          reloadWhenServerIsUp();
          break;
      }
    });
  }

  function watchFatalErrors() {
    const ui = document.getElementById("blazor-error-ui");
    if (!ui) return;
    new MutationObserver(() => {
      if (getComputedStyle(ui).display !== "none") setTimeout(reloadWhenServerIsUp, 5000);
    }).observe(ui, { attributes: true, attributeFilter: ["style", "class"] });
  }

  setState("connecting");
  followReconnectStates();
  watchFatalErrors();
  Blazor.start({
    circuit: { reconnectionOptions: { maxRetries: undefined, retryIntervalMilliseconds } },
  }).then(() => setState("online"), () => reloadWhenServerIsUp());
})();
