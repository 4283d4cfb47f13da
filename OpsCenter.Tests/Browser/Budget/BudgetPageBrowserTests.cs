using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Tests.Browser.Overview;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Browser.Budget;

public sealed class BudgetPageBrowserTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    /// <summary>Approved satang per district for the fiscal year, straight from the rows: each project's money split equally over its areas.</summary>
    private async Task<Dictionary<string, long>> ApprovedByDistrictFromTheDatabaseAsync(int fiscalYear)
    {
        await using var db = DbContexts.For(app.Database);
        var projects = await db.Set<Project>().Include(p => p.BudgetLines).Include(p => p.ExtraAreas)
            .Where(p => p.ProvinceCode == "19" && p.Status != ProjectStatus.Cancelled).ToListAsync();
        var byDistrict = new Dictionary<string, long>();
        foreach (var project in projects)
        {
            var approved = project.BudgetLines.Where(l => l.FiscalYear == fiscalYear).Sum(l => l.Approved.Satang);
            var areas = project.AllAreaCodes();
            for (var i = 0; i < areas.Count; i++)
            {
                var part = (approved / areas.Count) + (i < approved % areas.Count ? 1 : 0);
                byDistrict[areas[i][..4]] = byDistrict.GetValueOrDefault(areas[i][..4]) + part;
            }
        }

        return byDistrict;
    }

    [Fact]
    public async Task DistrictChart_ShowsTheBudgetTheDatabaseHolds()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await BrowserSignIn.NewPageAsync(context, "official");
        await page.GotoAsync("/budget");
        var chart = page.GetByTestId("budget-district-bars");
        await Assertions.Expect(chart.Locator(".main-svg").First).ToBeVisibleAsync(new() { Timeout = 30_000 });

        // plotly keeps the figure it drew on the element: read exactly what the person sees.
        var traces = await page.EvaluateAsync<JsonElement>(
            "() => document.querySelector('[data-testid=budget-district-bars]').data.map(t => ({ x: t.x, y: t.y, customdata: t.customdata }))");
        var expected = await ApprovedByDistrictFromTheDatabaseAsync(ThaiCalendar.FiscalYearOf(TestClock.UtcNow));

        var budget = traces[1];
        var shown = budget.GetProperty("customdata").EnumerateArray().ToDictionary(c => c[0].GetString()!, c => c[1].GetInt64());
        Assert.Equal(13, shown.Count);
        Assert.Equal(expected.OrderBy(e => e.Key), shown.OrderBy(s => s.Key));
        double total = expected.Values.Sum();
        var shares = budget.GetProperty("x").EnumerateArray().Select(x => x.GetDouble()).ToList();
        var codes = budget.GetProperty("customdata").EnumerateArray().Select(c => c[0].GetString()!).ToList();
        for (var i = 0; i < codes.Count; i++)
        {
            Assert.Equal(Math.Round(expected[codes[i]] / total * 100, 2), shares[i], 6);
        }

        Assert.Equal(100, traces[0].GetProperty("x").EnumerateArray().Sum(x => x.GetDouble()), 0);
        await Assertions.Expect(page.GetByTestId("budget-total")).ToContainTextAsync(new Money(expected.Values.Sum()).ToCompactString(true));
    }

    [Fact]
    public async Task DistrictChart_ClickingADistrictsBar_OpensThatDistrict()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await BrowserSignIn.NewPageAsync(context, "official");
        await page.GotoAsync("/budget");
        var chart = page.GetByTestId("budget-district-bars");
        await Assertions.Expect(chart.Locator("g.trace.bars").First.Locator("g.point")).ToHaveCountAsync(13, new() { Timeout = 30_000 });
        await HomePageBrowserTests.WaitUntilInteractiveAsync(page);

        // The top bar is the district in most need; plotly reports the click from the layer above the bars, where a person clicks.
        var district = await chart.EvaluateAsync<string>("plot => plot.data[0].y[plot.data[0].y.length - 1]");
        var bar = (await chart.Locator("g.trace.bars").First.Locator("g.point").Last.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(bar.X + (bar.Width / 2), bar.Y + (bar.Height / 2));
        await page.Mouse.ClickAsync(bar.X + (bar.Width / 2), bar.Y + (bar.Height / 2));

        await Assertions.Expect(page.GetByTestId("cell-drill")).ToContainTextAsync(district);
    }

    [Fact]
    public async Task ClickingAMatrixCell_OpensTheProjectsAndReportsBehindIt()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await BrowserSignIn.NewPageAsync(context, "official");
        await page.GotoAsync("/budget");
        var cell = page.Locator("td[data-cell='1901|infrastructure']");
        var drawer = page.GetByTestId("cell-drill");

        await HomePageBrowserTests.ClickWhenInteractiveAsync(page, cell, drawer);

        await Assertions.Expect(drawer).ToContainTextAsync("เมืองสระบุรี");
        await Assertions.Expect(drawer).ToContainTextAsync("โครงสร้างพื้นฐาน");
        var year = ThaiCalendar.FiscalYearOf(TestClock.UtcNow);
        await using var db = DbContexts.For(app.Database);
        var projects = await db.Set<Project>().CountAsync(p => p.Sector == Sectors.Infrastructure && p.Status != ProjectStatus.Cancelled
            && (p.AreaCode.StartsWith("1901") || p.ExtraAreas.Any(a => a.AreaCode.StartsWith("1901"))) && p.BudgetLines.Any(l => l.FiscalYear == year));
        await Assertions.Expect(drawer.GetByTestId("drill-projects").Locator("li")).ToHaveCountAsync(projects);
        await Assertions.Expect(drawer.GetByTestId("drill-reports").Locator("li").First).ToBeVisibleAsync();

        await page.GetByTestId("drill-close").ClickAsync();
        await Assertions.Expect(drawer).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task FiscalYearPicker_ReloadsTheFiguresForThatYear()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await BrowserSignIn.NewPageAsync(context, "official");
        var previous = ThaiCalendar.FiscalYearOf(TestClock.UtcNow) - 1;
        await page.GotoAsync("/budget");
        await Assertions.Expect(page.GetByTestId("budget-district-bars").Locator(".main-svg").First).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await page.GetByTestId("fy-picker").SelectOptionAsync(previous.ToString());

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"fy={previous}"));
        await Assertions.Expect(page.GetByTestId("budget-total")).ToContainTextAsync(previous.ToString());
    }
}
