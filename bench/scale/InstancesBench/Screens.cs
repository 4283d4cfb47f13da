using Microsoft.Playwright;
using WallBench;

namespace InstancesBench;

/// <summary>A background screen: a protocol-level circuit through the proxy, pinned to one instance by its affinity cookie.</summary>
internal sealed class BackgroundScreen(int instance, string cookie, BlazorCircuitClient circuit)
{
    public int Instance { get; private set; } = instance;

    public string Cookie { get; private set; } = cookie;

    public BlazorCircuitClient Circuit { get; private set; } = circuit;

    /// <summary>
    /// What kiosk.js does when its circuit is gone: ask the proxy until a live instance answers, then load the page again
    /// there. Returns when the new circuit has drawn its first render batch.
    /// </summary>
    public async Task ReconnectAsync(Cluster cluster, CancellationToken ct)
    {
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                var (instance, cookie) = await cluster.RedistributeAsync(Cookie);
                var circuit = await BlazorCircuitClient.StartAsync(cluster.Proxy, $"/wall/{Cluster.Screen}", cookie, ct);
                while (circuit.Batches == 0 && circuit.IsOpen)
                {
                    await Task.Delay(20, ct);
                }

                if (circuit.IsOpen)
                {
                    await Circuit.DisposeAsync();
                    (Instance, Cookie, Circuit) = (instance, cookie, circuit);
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or System.Net.WebSockets.WebSocketException or TimeoutException)
            {
            }

            await Task.Delay(1000, ct);
        }
    }
}

/// <summary>A real Chromium page showing the wall through the proxy, on the instance its affinity cookie names.</summary>
internal sealed class BrowserScreen(int instance, IPage page)
{
    public int Instance { get; } = instance;

    public IPage Page { get; } = page;

    public static async Task<BrowserScreen> OpenAsync(IBrowser browser, Cluster cluster, int instance)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 }, Locale = "th-TH" });
        await context.AddCookiesAsync(
        [
            new Cookie { Name = Cluster.ScreenCookie, Value = cluster.ScreenSecret, Url = cluster.Proxy.ToString() },
            new Cookie { Name = Cluster.AffinityCookie, Value = cluster.Affinity[$"instance-{instance}"], Url = cluster.Proxy.ToString() },
        ]);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(cluster.Proxy, $"/wall/{Cluster.Screen}").ToString());
        await LiveAsync(page, TimeSpan.FromMinutes(2));
        return new BrowserScreen(instance, page);
    }

    public static async Task LiveAsync(IPage page, TimeSpan timeout)
    {
        await page.WaitForFunctionAsync("document.documentElement.dataset.opsConnection === 'online'", null, new PageWaitForFunctionOptions { Timeout = (float)timeout.TotalMilliseconds, PollingInterval = 50 });
        await page.WaitForSelectorAsync("[data-keys=ready]", new PageWaitForSelectorOptions { Timeout = (float)timeout.TotalMilliseconds });
    }

    /// <summary>Milliseconds from before a report is posted to <paramref name="taker"/> until this page's "received today" tile changes.</summary>
    public async Task<double> ReportToTileAsync(BenchReports reports, Uri taker)
    {
        await Page.EvaluateAsync("""
            () => {
              const tile = document.querySelector('[data-testid=tile-received-today]');
              const before = tile.querySelector('[data-testid$=-value]').textContent;
              window.__opsChanged = new Promise((resolve) => {
                const observer = new MutationObserver(() => {
                  const value = tile.querySelector('[data-testid$=-value]');
                  if (value && value.textContent !== before) { observer.disconnect(); resolve(performance.timeOrigin + performance.now()); }
                });
                observer.observe(tile, { subtree: true, childList: true, characterData: true });
                setTimeout(() => { observer.disconnect(); resolve(-1); }, 30000);
              });
            }
            """);
        var started = (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;
        await reports.PostAsync(taker);
        var changedAt = await Page.EvaluateAsync<double>("window.__opsChanged");
        return changedAt < 0 ? throw new TimeoutException("The tile did not change within 30 s of the report.") : changedAt - started;
    }
}
