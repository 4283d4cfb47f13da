using System.Globalization;
using Microsoft.Playwright;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Browser.Warehouse;

public sealed class ExplorerBrowserTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    private static async Task<double> TotalAsync(IPage page)
    {
        var values = await page.Locator("[data-testid=explore-row] td[data-value]").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.value)");
        return values.Sum(v => double.Parse(v, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Desk_FromTheDatasetPage_GroupsByDistrictThenSubdistrict_WithChartMapTableCsvAndAUrlThatReproducesIt()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress, Display.Desk);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/catalog/srb-population-registered");
        // A click on the prerendered page can be overtaken by the circuit's first render of that page (seen once in a full run).
        await Overview.HomePageBrowserTests.WaitUntilInteractiveAsync(page);
        await page.GetByTestId("dataset-explore").ClickAsync(new() { Timeout = 45_000 });
        await page.WaitForURLAsync("**/catalog/srb-population-registered/explore");

        var rows = page.GetByTestId("explore-row");
        await Assertions.Expect(rows.First).ToBeVisibleAsync(new() { Timeout = 45_000 });
        await Assertions.Expect(page.GetByTestId("explore-by")).ToHaveValueAsync("area-2");
        await Assertions.Expect(page.Locator("[data-testid=explore-chart] .main-svg").First).ToBeVisibleAsync(new() { Timeout = 45_000 });
        var districts = await rows.CountAsync();
        await Assertions.Expect(page.GetByTestId("explore-map")).ToHaveAttributeAsync("data-areas", districts.ToString(CultureInfo.InvariantCulture), new() { Timeout = 45_000 });
        var districtTotal = await TotalAsync(page);
        Assert.True(districts > 1);

        for (var i = 0; i < 20 && !page.Url.Contains("by=area-3", StringComparison.Ordinal); i++)
        {
            await page.GetByTestId("explore-by").SelectOptionAsync("area-3");
            await page.WaitForTimeoutAsync(500);
        }

        await Assertions.Expect(rows).Not.ToHaveCountAsync(districts, new() { Timeout = 45_000 });
        var subdistricts = await rows.CountAsync();
        Assert.True(subdistricts > districts);
        Assert.Equal(districtTotal, await TotalAsync(page), 3);

        var url = page.Url;
        var csvHref = await page.GetByTestId("explore-csv").GetAttributeAsync("href");
        var csv = await (await context.APIRequest.GetAsync(csvHref!)).TextAsync();
        Assert.Equal(subdistricts + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        var again = await context.NewPageAsync();
        await again.GotoAsync(url);
        await Assertions.Expect(again.GetByTestId("explore-row")).ToHaveCountAsync(subdistricts, new() { Timeout = 45_000 });
        await Catalog.CatalogBrowserTests.ScreenshotAsync(page, "explore-desk");
    }

    [Fact]
    public async Task Phone_ExplorerFitsTheScreen()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress, Display.Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/catalog/srb-population-registered/explore?by=area-3");

        await Assertions.Expect(page.GetByTestId("explore-row").First).ToBeVisibleAsync(new() { Timeout = 45_000 });
        await Assertions.Expect(page.Locator("[data-testid=explore-chart] .main-svg").First).ToBeVisibleAsync(new() { Timeout = 45_000 });
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow} px wider than the phone");
        await Catalog.CatalogBrowserTests.ScreenshotAsync(page, "explore-phone");
    }

    [Fact]
    public async Task PersonalDataset_ShowsAggregatesWithSmallGroupsWithheld_AndSecurityDataNotAtAll()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress, Display.Desk);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/catalog/srb-poverty-tpmap/explore?by=area-3");

        await Assertions.Expect(page.GetByTestId("explore-suppressed")).ToBeVisibleAsync(new() { Timeout = 45_000 });
        var suppressed = int.Parse((await page.GetByTestId("explore-result").GetAttributeAsync("data-suppressed"))!, CultureInfo.InvariantCulture);
        Assert.True(suppressed > 0);
        await Assertions.Expect(page.GetByTestId("explore-row")).ToHaveCountAsync(0);

        await page.GotoAsync("/catalog/srb-crime-hotspots/explore");
        await Assertions.Expect(page.GetByTestId("explore-message")).ToContainTextAsync("ชั้นความลับ", new() { Timeout = 45_000 });
        await Assertions.Expect(page.GetByTestId("explore-result")).ToHaveCountAsync(0);
    }
}
