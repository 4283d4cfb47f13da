// Starts Blazor on wall pages with a reconnection handler meant for televisions nobody touches:
// - a network blip: keep retrying (backing off to 15 s) for as long as it takes, and rejoin the same circuit;
// - a server restart: the server no longer knows the circuit and rejects it, so reload the page, but only once the
//   server answers /healthz, so the television never lands on a browser error page;
// - a fatal circuit error (#blazor-error-ui shown): reload after a pause.
// The state is written to <html data-ops-connection="online|reconnecting|offline"> for the connection indicator.
(() => {
  const root = document.documentElement;
  const setState = (state) => { root.dataset.opsConnection = state; };
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  let reconnecting = false;

  async function serverIsUp() {
    try {
      const response = await fetch("/healthz", { cache: "no-store" });
      return response.ok;
    } catch {
      return false;
    }
  }

  async function reloadWhenServerIsUp() {
    while (!(await serverIsUp())) {
      setState("offline");
      await sleep(3000);
    }
    location.reload();
  }

  async function reconnect() {
    if (reconnecting) return;
    reconnecting = true;
    setState("reconnecting");
    for (let attempt = 0; ; attempt++) {
      await sleep(attempt === 0 ? 300 : Math.min(1000 * 2 ** Math.min(attempt - 1, 4), 15000));
      if (!(await serverIsUp())) {
        setState("offline");
        continue;
      }
      setState("reconnecting");
      let rejoined;
      try {
        rejoined = await Blazor.reconnect();
      } catch {
        continue;
      }
      if (rejoined) {
        reconnecting = false;
        setState("online");
        return;
      }
      // Rejected: the circuit is gone (restart, or retained too long). A fresh page is a fresh circuit.
      await reloadWhenServerIsUp();
      return;
    }
  }

  function watchFatalErrors() {
    const ui = document.getElementById("blazor-error-ui");
    if (!ui) return;
    new MutationObserver(() => {
      if (getComputedStyle(ui).display !== "none") {
        setState("offline");
        setTimeout(reloadWhenServerIsUp, 5000);
      }
    }).observe(ui, { attributes: true, attributeFilter: ["style", "class"] });
  }

  setState("connecting");
  watchFatalErrors();
  Blazor.start({
    circuit: {
      reconnectionHandler: {
        onConnectionDown: () => { reconnect(); },
        onConnectionUp: () => { reconnecting = false; setState("online"); },
      },
    },
  }).then(() => setState("online"), () => reloadWhenServerIsUp());
})();
