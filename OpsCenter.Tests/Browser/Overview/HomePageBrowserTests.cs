using Microsoft.Playwright;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Browser.Overview;

public sealed partial class HomePageBrowserTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    [Fact]
    public async Task HomePage_ShowsThaiText_AndTheToggleRespondsThroughTheCircuit()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await context.NewPageAsync();
        var scriptLoaded = page.WaitForResponseAsync(r => BlazorScript().IsMatch(r.Url) && r.Status == 200);

        await page.GotoAsync("/");
        await scriptLoaded;

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("จังหวัดสระบุรี");
        await Assertions.Expect(page.GetByTestId("population")).ToContainTextAsync("639,165");
        await Assertions.Expect(page.GetByTestId("district-table")).ToHaveCountAsync(0);

        // The district table is rendered by the server only after the click reaches it over the Blazor circuit.
        await ClickWhenInteractiveAsync(page, page.GetByTestId("toggle-districts"), page.GetByTestId("district-table"));

        await Assertions.Expect(page.GetByTestId("district-table")).ToContainTextAsync("แก่งคอย");
        await Assertions.Expect(page.GetByTestId("district-table").Locator("tbody tr")).ToHaveCountAsync(13);
    }

    [Fact]
    public async Task HomePage_DrawsTheDistrictChoroplethAndTheTrendChart()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        // 13 district polygons drawn by Leaflet from the boundary endpoint, coloured by the server's classes.
        await Assertions.Expect(page.GetByTestId("home-map")).ToHaveAttributeAsync("data-areas", "13", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("[data-testid=home-map] .ops-map-legend")).ToContainTextAsync("ต่อพันคน");

        // Twelve monthly bars drawn by plotly.js.
        await Assertions.Expect(page.Locator("[data-testid=home-trend] .main-svg").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("[data-testid=home-trend] g.point")).ToHaveCountAsync(12);

        if (Environment.GetEnvironmentVariable("OPSCENTER_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.SetViewportSizeAsync(1440, 1150);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "home.png") });
        }
    }

    [Fact]
    public async Task SignIn_ThroughTheBrowser_ShowsTheUsersName()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/account");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login"));
        await page.FillAsync("#username", "governor");
        await page.FillAsync("#password", OpsAppFactory.DemoPassword);
        await page.GetByTestId("login-submit").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account$"));
        await Assertions.Expect(page.GetByTestId("account")).ToContainTextAsync("ผู้ว่าราชการจังหวัด");
    }

    [Fact]
    public async Task LanguageSwitch_TurnsTheHomePageEnglish()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByTestId("language-switch").ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Saraburi Province");
    }

    /// <summary>The client script's URL, fingerprinted or not.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"/_framework/blazor\.web(\.[a-z0-9]+)?\.js$")]
    private static partial System.Text.RegularExpressions.Regex BlazorScript();

    /// <summary>
    /// The page is server-rendered before its circuit connects, and a click in that window is lost. Wait until the layout
    /// says the circuit is interactive, click once, and expect the effect: seeing it proves the click reached the server.
    /// </summary>
    internal static async Task ClickWhenInteractiveAsync(IPage page, ILocator button, ILocator effect)
    {
        await WaitUntilInteractiveAsync(page);
        await button.ClickAsync();
        await Assertions.Expect(effect).ToBeVisibleAsync();
    }

    internal static Task WaitUntilInteractiveAsync(IPage page) =>
        page.Locator("[data-ops-interactive=true]").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
}
