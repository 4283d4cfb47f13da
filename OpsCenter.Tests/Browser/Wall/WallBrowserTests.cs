using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Wall;
using OpsCenter.Tests.Browser.Overview;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Wall;

namespace OpsCenter.Tests.Browser.Wall;

public sealed partial class WallBrowserTests(WallApp app) : IClassFixture<WallApp>
{
    private static readonly WallSlide Reports = new("เรื่องร้องเรียน", "Reports", [WallPanels.Counters, WallPanels.Ticker]);
    private static readonly WallSlide Kpis = new("ตัวชี้วัด", "KPIs", [WallPanels.Kpis, WallPanels.Budget]);
    private static readonly WallSlide Map = new("แผนที่", "Map", [WallPanels.Heatmap, WallPanels.Counters]);

    [Fact]
    public async Task ReportPosted_ChangesTheTileOnTheWall_WithAFlash()
    {
        await app.CreateScreenAsync("tile-test", 0, Reports);
        var (context, page) = await OpenAsTelevisionAsync(app.ServerAddress, "tile-test");
        await using var _ = context;
        var tile = page.GetByTestId("tile-received-today-value");
        var before = int.Parse(await tile.InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        var readAt = TestClock.UtcNow;

        await app.PostReportAsync();

        await Assertions.Expect(tile).ToHaveTextAsync(ReceivedToday.OneMoreThan(before, readAt));
        await Assertions.Expect(page.Locator("[data-testid=tile-received-today] .ops-wall-changed")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("wall-date")).ToContainTextAsync("พ.ศ. 25");
        await Assertions.Expect(page.GetByTestId("wall-time")).ToHaveTextAsync(Clock());
    }

    [Fact]
    public async Task Keyboard_StepsPausesAndShowsOnlyAlarms_OnThisTelevisionOnly()
    {
        await app.CreateScreenAsync("keys-test", 600, Reports, Kpis, Map);
        var (context, page) = await OpenAsTelevisionAsync(app.ServerAddress, "keys-test");
        await using var _ = context;
        var screen = page.GetByTestId("wall-screen");
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-slide", "0");

        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-slide", "1");
        await Assertions.Expect(page.GetByTestId("wall-panel-kpis")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=wall-budget] .main-svg").First).ToBeVisibleAsync(new() { Timeout = 20_000 });

        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-mode", "Paused");
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-local", "true");

        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-slide", "2");
        await Assertions.Expect(page.GetByTestId("wall-heatmap")).ToHaveAttributeAsync("data-areas", "13", new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByTestId("wall-heatmap")).Not.ToHaveAttributeAsync("data-heat", "0");

        await page.Keyboard.PressAsync("a");
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-alarm-only", "true");
        await Assertions.Expect(page.GetByTestId("wall-mode")).ToContainTextAsync("เฉพาะที่ผิดปกติ");

        await page.Keyboard.PressAsync("Home");
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-local", "false");
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-alarm-only", "false");
        var shared = await app.Services.GetRequiredService<WallScreens>().FindAsync(TestReports.Saraburi, "keys-test");
        Assert.Equal(WallControlMode.Rotate, shared!.Control.Mode);
    }

    [Fact]
    public async Task CircuitPausedAndResumed_KeepsThisTelevisionsOwnSlide()
    {
        await app.CreateScreenAsync("resume-test", 600, Reports, Kpis, Map);
        var (context, page) = await OpenAsTelevisionAsync(app.ServerAddress, "resume-test");
        await using var _ = context;
        var screen = page.GetByTestId("wall-screen");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-mode", "Paused");
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-slide", "1");

        // .NET 10 persists the circuit's [PersistentState] and lets the circuit go; resuming builds a new one from that state.
        Assert.True(await page.EvaluateAsync<bool>("() => Blazor.pauseCircuit()"));
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-ops-connection", "reconnecting");
        Assert.True(await page.EvaluateAsync<bool>("() => Blazor.resumeCircuit()"));

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-ops-connection", "online");
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-local", "true");
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-slide", "1");
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-mode", "Paused");
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-keys", "ready");
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-slide", "2");
    }

    [Fact]
    public async Task BudgetChart_NewFigures_RedrawTheSamePlotInPlace()
    {
        await app.CreateScreenAsync("chart-test", 0, new WallSlide("งบประมาณ", "Budget", [WallPanels.Budget]));
        var (context, page) = await OpenAsTelevisionAsync(app.ServerAddress, "chart-test");
        await using var _ = context;
        var chart = page.GetByTestId("wall-budget");
        await Assertions.Expect(chart.Locator("g.point")).ToHaveCountAsync(26, new() { Timeout = 20_000 });
        // The chart's type is the wall's, which follows the screen's width: a 4K television gets 33 px, not 14.
        await page.SetViewportSizeAsync(3840, 2160);
        await page.WaitForFunctionAsync(
            "() => document.querySelector('[data-testid=wall-budget]')._fullLayout.font.size === Math.round(parseFloat(getComputedStyle(document.documentElement).fontSize))");

        // Marks on the plot's element and on the SVG plotly drew in it: a re-created component or a new plot would lose them.
        var before = await chart.EvaluateAsync<string>("plot => { plot.dataset.probe = 'kept'; plot.querySelector('.main-svg').probe = 'kept'; return JSON.stringify(plot.data[1].x); }");
        await using (var db = DbContexts.For(app.Database))
        {
            var year = ThaiCalendar.FiscalYearOf(TestClock.UtcNow);
            var line = await db.Set<BudgetLine>().Where(l => l.FiscalYear == year && l.Approved.Satang > 0).OrderBy(l => l.Id).FirstAsync();
            var more = Money.FromBaht(500_000_000);
            var changed = await app.Services.GetRequiredService<ProjectService>().UpdateBudgetLineAsync(
                line.Id, line.Requested + more, line.Approved + more, line.Disbursed, Actor.Staff("official-1", "เจ้าหน้าที่จังหวัด", TestReports.Saraburi, null, OpsRoles.Official));
            Assert.True(changed.Succeeded);
        }

        await page.WaitForFunctionAsync("before => JSON.stringify(document.querySelector('[data-testid=wall-budget]').data[1].x) !== before", before);
        await Assertions.Expect(chart.Locator("g.point")).ToHaveCountAsync(26);
        Assert.Equal("kept", await chart.GetAttributeAsync("data-probe"));
        Assert.Equal("kept", await chart.EvaluateAsync<string?>("plot => plot.querySelector('.main-svg').probe ?? null"));
        var shown = await chart.EvaluateAsync<double[]>("plot => plot.data[1].x");
        Assert.InRange(shown.Sum(), 99, 101);
    }

    [Fact]
    public async Task PhoneRemote_MovesEveryTelevisionOfTheScreen()
    {
        await app.CreateScreenAsync("remote-test", 600, Reports, Kpis);
        var (tvContext, tv) = await OpenAsTelevisionAsync(app.ServerAddress, "remote-test");
        await using var _ = tvContext;
        await using var phoneContext = await Chromium.NewContextAsync(app.ServerAddress);
        var phone = await phoneContext.NewPageAsync();
        await phone.SetViewportSizeAsync(390, 844);
        await BrowserSignIn.SignInAsync(phone, "deputy", "/wall/remote-test/remote");
        await Assertions.Expect(phone.GetByTestId("remote-current")).ToContainTextAsync("1/2");

        await HomePageBrowserTests.ClickWhenInteractiveAsync(phone, phone.GetByTestId("remote-next"), phone.GetByTestId("remote-current").GetByText("2/2"));
        await Assertions.Expect(tv.GetByTestId("wall-screen")).ToHaveAttributeAsync("data-slide", "1");

        await phone.GetByTestId("remote-pause").ClickAsync();
        await Assertions.Expect(tv.GetByTestId("wall-screen")).ToHaveAttributeAsync("data-mode", "Paused");
        await Assertions.Expect(tv.GetByTestId("wall-mode")).ToContainTextAsync("หยุดชั่วคราว");

        await phone.GetByTestId("remote-alarm-only").ClickAsync();
        await Assertions.Expect(tv.GetByTestId("wall-screen")).ToHaveAttributeAsync("data-alarm-only", "true");
    }

    [Fact]
    public async Task RevokingTheToken_SendsTheTelevisionToTheTokenPage()
    {
        var (context, page, token) = await OpenWithTokenAsync(app.ServerAddress, "complaints");
        await using var _ = context;

        await app.Services.GetRequiredService<ScreenTokens>().RevokeAsync(token.Token.Id, Actor.Staff("admin-1", "ผู้ดูแลระบบ", TestReports.Saraburi, null, OpsRoles.Admin));

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/wall/token\\?error=revoked$"));
        await Assertions.Expect(page.GetByTestId("token-error")).ToContainTextAsync("ถูกยกเลิกแล้ว");
        await page.GotoAsync("/wall/complaints");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/wall/token\\?error=invalid$"));
    }

    [Fact]
    public async Task NetworkBlip_ReconnectsToTheSameCircuit_WithoutReloading()
    {
        await app.CreateScreenAsync("blip-test", 0, Reports);
        await using var proxy = new TcpProxy(app.ServerAddress);
        var (context, page) = await OpenAsTelevisionAsync(proxy.Address, "blip-test");
        await using var _ = context;
        var loadedAt = await page.EvaluateAsync<double>("performance.timeOrigin");
        var tile = page.GetByTestId("tile-received-today-value");
        var before = int.Parse(await tile.InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        var readAt = TestClock.UtcNow;

        // Every state the corner dot passes through: the reconnect can be over before a poll would see it.
        await page.EvaluateAsync(
            """
            () => {
              window.opsConnectionStates = [];
              new MutationObserver(() => window.opsConnectionStates.push(document.documentElement.dataset.opsConnection))
                .observe(document.documentElement, { attributes: true, attributeFilter: ['data-ops-connection'] });
            }
            """);
        proxy.DropAll();
        await page.WaitForFunctionAsync("() => window.opsConnectionStates.some(s => s !== 'online')", null, new() { Timeout = 10_000 });
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-ops-connection", "online", new() { Timeout = 30_000 });
        await app.PostReportAsync();

        await Assertions.Expect(tile).ToHaveTextAsync(ReceivedToday.OneMoreThan(before, readAt));
        Assert.Equal(loadedAt, await page.EvaluateAsync<double>("performance.timeOrigin"));
    }

    [Fact]
    public async Task Admin_DesignsAScreenAndIssuesAToken_ThatATelevisionOpens()
    {
        await using var adminContext = await Chromium.NewContextAsync(app.ServerAddress);
        var admin = await adminContext.NewPageAsync();
        await BrowserSignIn.SignInAsync(admin, "admin", "/admin/wall");
        await HomePageBrowserTests.ClickWhenInteractiveAsync(admin, admin.GetByTestId("new-screen"), admin.GetByTestId("screen-editor"));

        await Fill(admin, "screen-slug", "token");
        await admin.GetByTestId("save-screen").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("screen-errors")).ToContainTextAsync("สงวนไว้");

        await Fill(admin, "screen-name-th", "ห้องประชุมอำเภอแก่งคอย");
        await Fill(admin, "screen-name-en", "Kaeng Khoi meeting room");
        await Fill(admin, "screen-slug", "kaeng-khoi");
        await admin.GetByTestId("screen-area").SelectOptionAsync("1902");
        await Fill(admin, "screen-rotation", "0");
        await admin.GetByTestId("slide-0-panel-1").SelectOptionAsync(WallPanels.Ticker);
        await admin.GetByTestId("save-screen").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("screens-table")).ToContainTextAsync("/wall/kaeng-khoi");

        await Fill(admin, "token-name", "ทีวีห้องประชุมอำเภอ");
        await admin.GetByTestId("token-screen").SelectOptionAsync(new SelectOptionValue { Label = "ห้องประชุมอำเภอแก่งคอย" });
        await admin.GetByTestId("create-token").ClickAsync();
        var link = await admin.GetByTestId("token-link").InnerTextAsync();
        await Assertions.Expect(admin.GetByTestId("tokens-table")).ToContainTextAsync("ทีวีห้องประชุมอำเภอ");

        await TestReports.WriteFromAnotherProcessAsync(app.Database, subdistrictCode: "190201", age: TimeSpan.FromDays(5));
        await using var tvContext = await Chromium.NewContextAsync(app.ServerAddress);
        var tv = await tvContext.NewPageAsync();
        await tv.GotoAsync(link);
        await Assertions.Expect(tv).ToHaveURLAsync(new Regex("/wall/kaeng-khoi$"));
        await Assertions.Expect(tv.GetByTestId("wall-screen")).ToBeVisibleAsync();
        await Assertions.Expect(tv.Locator(".ops-wall-title h1")).ToHaveTextAsync("ห้องประชุมอำเภอแก่งคอย");
        await Assertions.Expect(tv.GetByTestId("wall-ticker").Locator("li").First).ToContainTextAsync("อ.แก่งคอย");
    }

    private static async Task Fill(IPage page, string testId, string value)
    {
        var input = page.GetByTestId(testId);
        await input.FillAsync(value);
        await input.PressAsync("Tab");
    }

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(3840, 2160)]
    public async Task Wall_FillsTheScreenWithoutScrolling(int width, int height)
    {
        var (context, page) = await OpenAsTelevisionAsync(app.ServerAddress, "governor");
        await using var _ = context;
        await page.SetViewportSizeAsync(width, height);
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.GetByTestId("wall-grid").Locator(".ops-wall-panel").First).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(500);

        var fits = await page.EvaluateAsync<bool>("document.scrollingElement.scrollHeight <= innerHeight && document.scrollingElement.scrollWidth <= innerWidth");
        var titleSize = await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.querySelector('.ops-wall-title h1')).fontSize)");

        Assert.True(fits, "the wall must fit the screen");
        Assert.InRange(titleSize, height / 40.0, height / 20.0);
        if (Environment.GetEnvironmentVariable("OPSCENTER_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"wall-{width}x{height}.png") });
        }
    }

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(3840, 2160)]
    public async Task WallMap_FillsItsPanel_WithoutControls_AndLabelsDoNotOverlap(int width, int height)
    {
        // Four panels: the map's panel is the smallest it gets, where labels are most crowded.
        await app.CreateScreenAsync($"map-{width}", 0, new WallSlide("แผนที่", "Map", [WallPanels.Heatmap, WallPanels.Counters, WallPanels.Kpis, WallPanels.Ticker]));
        var (context, page) = await OpenAsTelevisionAsync(app.ServerAddress, $"map-{width}");
        await using var _ = context;
        // Resized after the map was drawn at the context's size: the wall must fit the province to the new panel.
        await page.SetViewportSizeAsync(width, height);
        var map = page.GetByTestId("wall-heatmap");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-areas", "13", new() { Timeout = 20_000 });
        await Assertions.Expect(map).ToHaveAttributeAsync("data-mode", "wall");
        await page.WaitForFunctionAsync(
            "([w, h]) => { const el = document.querySelector('[data-testid=wall-heatmap]'); const b = el.opsMapAreasBox?.();" +
            " return innerWidth === w && b && (b.width >= .7 * el.clientWidth || b.height >= .7 * el.clientHeight); }",
            new[] { width, height }, new() { Timeout = 20_000 });

        await Assertions.Expect(map.Locator(".leaflet-control-zoom")).ToHaveCountAsync(0);
        await Assertions.Expect(map.Locator(".leaflet-control-attribution")).ToHaveCountAsync(0);
        Assert.False(await map.EvaluateAsync<bool>("el => el.opsMapInstance.dragging.enabled() || el.opsMapInstance.scrollWheelZoom.enabled()"));
        var fit = await map.EvaluateAsync<double[]>("el => { const b = el.opsMapAreasBox(); return [b.x, b.y, b.width, b.height, el.clientWidth, el.clientHeight]; }");
        Assert.True(fit[0] >= -1 && fit[1] >= -1 && fit[0] + fit[2] <= fit[4] + 1 && fit[1] + fit[3] <= fit[5] + 1, $"the province {string.Join(", ", fit)} must lie inside its panel");

        // Labels are placed after the refit (on the map's next frame): wait for them rather than race them.
        const string visibleLabels = "[...document.querySelectorAll('[data-testid=wall-heatmap] .ops-map-label span')].filter(s => getComputedStyle(s).visibility !== 'hidden')";
        await page.WaitForFunctionAsync($"() => {visibleLabels}.length >= 8", null, new() { Timeout = 20_000 });
        var labels = await map.EvaluateAsync<double[][]>(
            "el => [...el.querySelectorAll('.ops-map-label span')].filter(s => getComputedStyle(s).visibility !== 'hidden')" +
            ".map(s => { const r = s.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })");
        // A smaller name or one nudged off its area's centre, rather than none: most districts are named even four panels to a wall.
        Assert.True(labels.Length >= 8, $"only {labels.Length} of 13 districts are labelled");
        var rem = await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.documentElement).fontSize)");
        var smallest = await map.EvaluateAsync<double>(
            "el => Math.min(...[...el.querySelectorAll('.ops-map-label span')].filter(s => getComputedStyle(s).visibility !== 'hidden').map(s => parseFloat(getComputedStyle(s).fontSize)))");
        Assert.True(smallest >= rem, $"a label of {smallest} px is too small to read across the room (rem {rem} px)");

        // The heat's blobs are sized in the wall's type size, so a 4K television draws them as large as a 1080p one.
        var radius = double.Parse((await map.GetAttributeAsync("data-heat-radius"))!, CultureInfo.InvariantCulture);
        Assert.InRange(radius / rem, 1.6, 1.9);
        for (var i = 0; i < labels.Length; i++)
        {
            for (var j = i + 1; j < labels.Length; j++)
            {
                var (a, b) = (labels[i], labels[j]);
                Assert.False(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3], $"labels [{string.Join(", ", a)}] and [{string.Join(", ", b)}] overlap");
            }
        }

        if (Environment.GetEnvironmentVariable("OPSCENTER_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"wall-map-{width}x{height}.png") });
        }
    }

    private async Task<(IBrowserContext Context, IPage Page)> OpenAsTelevisionAsync(Uri address, string slug)
    {
        var (context, page, _) = await OpenWithTokenAsync(address, slug);
        return (context, page);
    }

    private async Task<(IBrowserContext Context, IPage Page, IssuedScreenToken Token)> OpenWithTokenAsync(Uri address, string slug)
    {
        var token = await app.IssueTokenAsync(null);
        var (context, page) = await OpenWithSecretAsync(address, slug, token.Secret);
        return (context, page, token);
    }

    /// <summary>What a television does once: open the connect link (the cookie is kept), then its wall.</summary>
    internal static async Task<(IBrowserContext Context, IPage Page)> OpenWithSecretAsync(Uri address, string slug, string secret, Display? display = null)
    {
        var context = display is null ? await Chromium.NewContextAsync(address) : await Chromium.NewContextAsync(address, display);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/wall/connect?token={Uri.EscapeDataString(secret)}");
        await page.GotoAsync($"/wall/{slug}");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-ops-connection", "online");
        await Assertions.Expect(page.GetByTestId("wall-screen")).ToHaveAttributeAsync("data-keys", "ready");
        return (context, page);
    }

    [GeneratedRegex(@"^\d\d:\d\d:\d\d$")]
    private static partial Regex Clock();
}
