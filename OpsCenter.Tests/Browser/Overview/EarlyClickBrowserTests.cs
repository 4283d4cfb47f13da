using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Browser.Overview;

/// <summary>
/// A person on a slow phone follows a menu link in the seconds before the page's circuit is up. Blazor took the click
/// with its enhanced navigation, then the circuit, started for the page left behind, rendered that page over the one
/// clicked (seen in CI: the catalog back over the indicators page). The page clicked must be the page that stays.
/// </summary>
public sealed partial class EarlyClickBrowserTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    private static readonly TimeSpan Late = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task MenuClick_WhileTheCircuitStarts_StaysOnThePageClicked()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress, Display.Desk);
        var page = await context.NewPageAsync();
        await BrowserSignIn.SignInAsync(page, "steward", "/catalog");
        var asked = await DelayFirstRenderAsync(page);

        await page.GotoAsync("/catalog");
        await asked.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Assertions.Expect(page.Locator("[data-ops-interactive=false]")).ToBeAttachedAsync();
        await page.Locator("a[href='/catalog/indicators']").First.ClickAsync();
        await page.WaitForURLAsync("**/catalog/indicators");
        await HomePageBrowserTests.WaitUntilInteractiveAsync(page);
        await page.WaitForTimeoutAsync((float)Late.TotalMilliseconds);

        await Assertions.Expect(page.GetByTestId("indicator-form")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("catalog-search")).ToHaveCountAsync(0);
        Assert.EndsWith("/catalog/indicators", page.Url);
    }

    /// <summary>
    /// Relays the page's Blazor connection and holds what the server sends, once the page has asked for its circuit, for
    /// <see cref="Late"/>: the circuit is starting, its first render on the way, as over a slow mobile network.
    /// </summary>
    private static async Task<TaskCompletionSource> DelayFirstRenderAsync(IPage page)
    {
        var asked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteWebSocketAsync(BlazorHub(), ws =>
        {
            var server = ws.ConnectToServer();
            var fromPage = 0;
            var gate = new object();
            var queue = Task.CompletedTask;
            ws.OnMessage(frame =>
            {
                // The SignalR handshake, then the circuit's start.
                if (Interlocked.Increment(ref fromPage) == 2)
                {
                    asked.TrySetResult();
                }

                Relay(server, frame);
            });
            server.OnMessage(frame =>
            {
                if (Volatile.Read(ref fromPage) < 2)
                {
                    Relay(ws, frame);
                    return;
                }

                var due = DateTime.UtcNow + Late;
                lock (gate)
                {
                    queue = queue.ContinueWith(async _ =>
                    {
                        var wait = due - DateTime.UtcNow;
                        if (wait > TimeSpan.Zero)
                        {
                            await Task.Delay(wait);
                        }

                        Relay(ws, frame);
                    }).Unwrap();
                }
            });
        });
        return asked;
    }

    private static void Relay(IWebSocketRoute to, IWebSocketFrame frame)
    {
        if (frame.Binary is { } bytes)
        {
            to.Send(bytes);
        }
        else
        {
            to.Send(frame.Text ?? "");
        }
    }

    [GeneratedRegex("/_blazor")]
    private static partial Regex BlazorHub();
}
