using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpsCenter.Domain.National;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Browser.National;

/// <summary>The demo's two provinces on a real server, for the national office in a real browser.</summary>
public sealed class TwoProvinceKestrelApp() : OpsAppFactory(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Demo:Provinces:1"] = "13" })
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartKestrel();
    }
}

public sealed class NationalOverviewBrowserTests(TwoProvinceKestrelApp app) : IClassFixture<TwoProvinceKestrelApp>
{
    [Fact]
    public async Task Chart_ShowsEachProvincesRates_AndOpeningAProvinceShowsItsPages()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await BrowserSignIn.NewPageAsync(context, "national");
        await page.GotoAsync("/national");
        await Assertions.Expect(page.GetByTestId("national-chart").Locator(".main-svg").First).ToBeVisibleAsync(new() { Timeout = 30_000 });

        var traces = await page.EvaluateAsync<JsonElement>(
            "() => document.querySelector('[data-testid=national-chart]').data.map(t => ({ x: t.x, y: t.y }))");
        var rows = await app.Services.GetRequiredService<NationalRollupQuery>().LoadAsync();
        Assert.Equal(4, traces.GetArrayLength());
        Assert.Equal(["ปทุมธานี", "สระบุรี"], traces[0].GetProperty("x").EnumerateArray().Select(x => x.GetString()));
        var onTime = traces[0].GetProperty("y").EnumerateArray().Select(y => y.GetDouble()).ToList();
        Assert.Equal(rows.Select(r => Math.Round(r.Sla.OnTimeRate!.Value * 100, 1)), onTime);

        await page.GetByTestId("open-province-13").GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("ปทุมธานี");
        await Assertions.Expect(page.GetByTestId("national-bar-province")).ToContainTextAsync("ปทุมธานี");

        await page.GotoAsync("/kpis");
        await Assertions.Expect(page.GetByTestId("national-bar-province")).ToContainTextAsync("ปทุมธานี");
        await page.GetByTestId("national-bar-back").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/national$"));
    }
}
