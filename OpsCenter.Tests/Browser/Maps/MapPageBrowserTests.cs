using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Browser.Maps;

public sealed partial class MapPageBrowserTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    [Fact]
    public async Task MapPage_ClickDistrict_DrillsToItsSubdistricts_AndReloadShowsTheSameView()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/map");
        var map = page.GetByTestId("drill-map");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-areas", "13", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("[data-testid=drill-map] .ops-map-legend")).ToContainTextAsync("ต่อประชากรพันคน");

        // A real mouse click on Kaeng Khoi's polygon, drawn on the map's canvas.
        await ClickAreaAsync(page, "1902");

        await Assertions.Expect(page).ToHaveURLAsync(KaengKhoiUrl(), new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByTestId("map-page")).ToHaveAttributeAsync("data-level", "subdistricts");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-areas", "14", new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByTestId("map-breadcrumbs")).ToContainTextAsync("แก่งคอย");

        await page.ReloadAsync();

        await Assertions.Expect(page).ToHaveURLAsync(KaengKhoiUrl());
        await Assertions.Expect(page.GetByTestId("map-page")).ToHaveAttributeAsync("data-scope", "1902");
        await Assertions.Expect(page.GetByTestId("drill-map")).ToHaveAttributeAsync("data-areas", "14", new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByTestId("map-breadcrumbs")).ToContainTextAsync("แก่งคอย");
        await Assertions.Expect(page.Locator("[data-testid=map-trend] g.point")).ToHaveCountAsync(12, new() { Timeout = 20_000 });
        if (Environment.GetEnvironmentVariable("OPSCENTER_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "map-district.png") });
        }

        // The breadcrumb leads back up to the province's districts.
        await page.GetByTestId("map-breadcrumbs").Locator("a").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/map$"));
        await Assertions.Expect(page.GetByTestId("drill-map")).ToHaveAttributeAsync("data-areas", "13", new() { Timeout = 20_000 });
    }

    [Fact]
    public async Task MapPage_ClickSubdistrict_PanelShowsItsFigures_AndTheUrlKeepsItOverAReload()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/map/1902");
        var map = page.GetByTestId("drill-map");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-areas", "14", new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByTestId("map-panel-title")).ToHaveTextAsync("แก่งคอย");

        await ClickAreaAsync(page, "190203");

        await Assertions.Expect(page).ToHaveURLAsync(TanDiaoUrl(), new() { Timeout = 15_000 });
        await ExpectTanDiaoInThePanelAsync(page);

        await page.ReloadAsync();

        await Assertions.Expect(page).ToHaveURLAsync(TanDiaoUrl());
        await Assertions.Expect(page.GetByTestId("drill-map")).ToHaveAttributeAsync("data-areas", "14", new() { Timeout = 20_000 });
        await ExpectTanDiaoInThePanelAsync(page);

        // The breadcrumb's district leads back to the district's own figures.
        await page.GetByTestId("map-breadcrumbs").GetByRole(AriaRole.Link, new() { Name = "อำเภอ แก่งคอย" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(KaengKhoiUrl());
        await Assertions.Expect(page.GetByTestId("map-panel-title")).ToHaveTextAsync("แก่งคอย");
        await Assertions.Expect(page.GetByTestId("drill-map")).ToHaveAttributeAsync("data-selected", "");
    }

    private static async Task ExpectTanDiaoInThePanelAsync(IPage page)
    {
        await Assertions.Expect(page.GetByTestId("map-panel-title")).ToHaveTextAsync("ตำบล ตาลเดี่ยว");
        await Assertions.Expect(page.GetByTestId("map-population")).ToContainTextAsync("12,078");
        await Assertions.Expect(page.GetByTestId("map-breadcrumbs")).ToContainTextAsync("ตำบล ตาลเดี่ยว");
        await Assertions.Expect(page.GetByTestId("map-page")).ToHaveAttributeAsync("data-focus", "190203");
        await Assertions.Expect(page.GetByTestId("drill-map")).ToHaveAttributeAsync("data-selected", "190203", new() { Timeout = 20_000 });
    }

    [Fact]
    public async Task MapPage_FiltersGoIntoTheUrl_AndALinkReproducesThem()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/map");
        await Assertions.Expect(page.GetByTestId("drill-map")).ToHaveAttributeAsync("data-areas", "13", new() { Timeout = 20_000 });

        await page.GetByTestId("map-metric").SelectOptionAsync("overdue");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/map\\?metric=overdue$"), new() { Timeout = 15_000 });
        await page.GetByTestId("map-state").SelectOptionAsync("open");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/map\\?metric=overdue&state=open$"), new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("[data-testid=drill-map] .ops-map-legend")).ToContainTextAsync("เรื่องเกินกำหนด");

        await using var other = await Chromium.NewContextAsync(app.ServerAddress);
        var shared = await other.NewPageAsync();
        await shared.GotoAsync("/map?metric=overdue&state=open&layer=points");

        await Assertions.Expect(shared.GetByTestId("map-metric")).ToHaveValueAsync("overdue");
        await Assertions.Expect(shared.GetByTestId("map-state")).ToHaveValueAsync("open");
        await Assertions.Expect(shared.Locator("[data-testid=drill-map] .ops-map-legend")).ToContainTextAsync("เรื่องเกินกำหนด", new() { Timeout = 20_000 });
        await Assertions.Expect(shared.GetByTestId("drill-map")).Not.ToHaveAttributeAsync("data-markers", "0", new() { Timeout = 20_000 });
    }

    private static async Task ClickAreaAsync(IPage page, string code)
    {
        var map = page.GetByTestId("drill-map");
        var box = (await map.BoundingBoxAsync())!;
        var point = await map.EvaluateAsync<float[]>("(el, code) => { const p = el.opsMapPixelOf(code); return [p.x, p.y]; }", code);
        await page.Mouse.ClickAsync(box.X + point[0], box.Y + point[1]);
    }

    [GeneratedRegex("/map/1902$")]
    private static partial Regex KaengKhoiUrl();

    [GeneratedRegex("/map/1902\\?subdistrict=190203$")]
    private static partial Regex TanDiaoUrl();
}
