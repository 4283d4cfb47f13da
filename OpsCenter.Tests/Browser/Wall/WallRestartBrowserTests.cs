using System.Net.Http.Json;
using Microsoft.Playwright;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Wall;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Wall;

namespace OpsCenter.Tests.Browser.Wall;

/// <summary>
/// A television under a server restart: the published app as a real process, SIGKILLed and started again on the same
/// port and database while a Chromium wall page watches, with nobody touching it.
/// </summary>
public sealed class WallRestartBrowserTests
{
    private const string Connection = "html";

    [PublishedAppFact]
    public async Task ServerRestart_TheWallSaysReconnectingAndMarksFiguresStale_ThenComesBackLiveOnTheSameSlide()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var settings = AppProcess.DatabaseSettings(database);
        var port = AppProcess.FreePort();
        var first = await AppProcess.StartAsync(settings, port);
        // The room's place: the shared playlist held on the second slide, as the phone remote leaves it.
        await ControlAsync(first.Address, new { command = "pause" });
        await ControlAsync(first.Address, new { command = "goto", slide = 1 });
        var secret = await WallInstancesTests.IssueTokenAsync(database);
        var (context, page) = await WallBrowserTests.OpenWithSecretAsync(first.Address, "complaints", secret, Display.Wall);
        await using var _ = context;
        var screen = page.GetByTestId("wall-screen");
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-slide", "1");
        await Assertions.Expect(page.Locator(Connection)).ToHaveAttributeAsync("data-ops-stale", "false");
        var loadedAt = await page.EvaluateAsync<double>("performance.timeOrigin");

        first.Kill();
        await first.DisposeAsync();

        // While the server is away: a discreet Thai word in the corner, the figures marked stale, nothing over the screen.
        await Assertions.Expect(page.Locator(Connection)).ToHaveAttributeAsync("data-ops-connection", "reconnecting", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(Connection)).ToHaveAttributeAsync("data-ops-stale", "true", new() { Timeout = 10_000 });
        Assert.Equal("\"กำลังเชื่อมต่อใหม่\"", await page.GetByTestId("wall-connection-label").EvaluateAsync<string>("e => getComputedStyle(e, '::after').content"));
        await Assertions.Expect(page.GetByTestId("wall-stale")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("wall-stale")).ToContainTextAsync("ไม่เป็นปัจจุบัน");
        // The fade is a transition: read it once it has had its time, however slowly a loaded machine paints.
        await page.WaitForFunctionAsync("() => parseFloat(getComputedStyle(document.querySelector('[data-testid=wall-grid]')).opacity) < 0.6",
            null, new() { Timeout = 10_000 });
        await Assertions.Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#components-reconnect-modal")).ToBeHiddenAsync();
        Assert.True(await page.EvaluateAsync<bool>(
            "() => document.querySelector('[data-testid=wall-screen]').contains(document.elementFromPoint(innerWidth / 2, innerHeight / 2))"),
            "something covers the middle of the wall");
        await WallSight.ScreenshotAsync(page, "wall-reconnecting-1920x1080");

        await using var second = await AppProcess.StartAsync(settings, port);

        // Back by itself within a bounded time: a fresh page (the old circuit died with the process) on the same slide, live.
        await Assertions.Expect(page.Locator(Connection)).ToHaveAttributeAsync("data-ops-connection", "online", new() { Timeout = 30_000 });
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-keys", "ready", new() { Timeout = 30_000 });
        Assert.NotEqual(loadedAt, await page.EvaluateAsync<double>("performance.timeOrigin"));
        Assert.EndsWith("/wall/complaints", page.Url);
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-slide", "1");
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-mode", "Paused");
        await Assertions.Expect(page.Locator(Connection)).ToHaveAttributeAsync("data-ops-stale", "false");
        await Assertions.Expect(page.GetByTestId("wall-stale")).ToBeHiddenAsync();

        await ControlAsync(second.Address, new { command = "goto", slide = 0 });
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-slide", "0");
        var before = await WallInstancesTests.TileAsync(page);
        var readAt = TestClock.UtcNow;
        await TestReports.PostAsync(second.Address);
        await Assertions.Expect(page.GetByTestId("tile-received-today-value")).ToHaveTextAsync(ReceivedToday.OneMoreThan(before, readAt));
    }

    [PublishedAppFact]
    public async Task QuietHour_TheWallReloadsItself_OnTheSameSlide_AndIsLive()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var settings = AppProcess.DatabaseSettings(database);
        settings["Wall__QuietRefreshAt"] = "03:00";
        await using var app = await AppProcess.StartAsync(settings);
        await ControlAsync(app.Address, new { command = "pause" });
        await ControlAsync(app.Address, new { command = "goto", slide = 1 });
        var secret = await WallInstancesTests.IssueTokenAsync(database);
        await using var context = await Chromium.NewContextAsync(app.Address, Display.Wall);
        // The browser's clock is Playwright's, so the test can move it to the quiet hour instead of waiting for 03:00.
        await context.Clock.InstallAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/wall/connect?token={Uri.EscapeDataString(secret)}");
        await page.GotoAsync("/wall/complaints");
        await Assertions.Expect(page.Locator(Connection)).ToHaveAttributeAsync("data-ops-connection", "online");
        await Assertions.Expect(page.GetByTestId("wall-screen")).ToHaveAttributeAsync("data-keys", "ready");
        // A mark on the page's window: a reload loses it (the browser's own clocks are Playwright's here).
        await page.EvaluateAsync("() => { window.opsProbe = 'kept'; }");

        // Jump the television's clock to just past the next 03:00 in Bangkok (as the server counts it): no timer is fired
        // early, the wall's once-a-second tick finds the hour has come.
        var untilQuiet = WallFreshness.NextQuietRefresh(TestClock.UtcNow, TimeSpan.FromHours(3))!.Value - TestClock.UtcNow;
        var browserNow = await page.EvaluateAsync<double>("Date.now()");
        await page.Clock.SetSystemTimeAsync(DateTimeOffset.FromUnixTimeMilliseconds((long)browserNow).UtcDateTime + untilQuiet + TimeSpan.FromSeconds(5));

        await page.WaitForFunctionAsync("() => window.opsProbe === undefined", null, new() { Timeout = 60_000, PollingInterval = 500 });

        var screen = page.GetByTestId("wall-screen");
        await Assertions.Expect(page.Locator(Connection)).ToHaveAttributeAsync("data-ops-connection", "online", new() { Timeout = 30_000 });
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-keys", "ready");
        Assert.EndsWith("/wall/complaints", page.Url);
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-slide", "1");
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-mode", "Paused");
        await Assertions.Expect(page.Locator(Connection)).ToHaveAttributeAsync("data-ops-stale", "false");
    }

    private static async Task ControlAsync(Uri address, object command)
    {
        using var remote = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = address };
        await remote.SignInAsync("governor", OpsAppFactory.DemoPassword);
        (await remote.PostAsJsonAsync("/api/wall/screens/complaints/control", command)).EnsureSuccessStatusCode();
    }
}
