using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Maps;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Maps;

/// <summary>The seeded apps the map query tests share (see <see cref="ProviderApps"/>).</summary>
public sealed class MapApps() : ProviderApps();

public sealed class MapQueryTests(MapApps apps) : IClassFixture<MapApps>
{
    private const string KaengKhoi = "1902";

    /// <summary>Tan Diao, a subdistrict of Kaeng Khoi.</summary>
    private const string TanDiao = "190203";

    /// <summary>The database bins the heat layer exactly as the points binned in memory would be, whatever the view's span.</summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Heat_BinnedByTheDatabase_EqualsThePointsBinnedForTheView(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        await using var db = DbContexts.For(app.Database);
        var scopes = new Dictionary<string, IQueryable<CitizenReport>>
        {
            ["province"] = db.Set<CitizenReport>().Where(r => r.ProvinceCode == "19"),
            ["district"] = db.Set<CitizenReport>().Where(r => r.DistrictCode == KaengKhoi),
            ["subdistrict"] = db.Set<CitizenReport>().Where(r => r.SubdistrictCode == TanDiao),
            ["none"] = db.Set<CitizenReport>().Where(r => r.ProvinceCode == "no such province"),
        };
        foreach (var (name, reports) in scopes)
        {
            var points = await reports.Where(r => r.Latitude != null && r.Longitude != null)
                .Select(r => new { r.Latitude, r.Longitude }).ToListAsync();
            var inMemory = HeatBinning.BinForView([.. points.Select(p => (p.Latitude!.Value, p.Longitude!.Value))]);

            var binned = await MapQuery.HeatAsync(reports, CancellationToken.None);

            Assert.True(inMemory.SequenceEqual(binned), $"{name}: {binned.Count} cells binned by the database, {inMemory.Count} in memory");
            Assert.Equal(points.Count, binned.Sum(c => c.Count));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Load_SubdistrictOfTheDistrict_SidePanelIsThatSubdistricts(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        await TestReports.WriteFromAnotherProcessAsync(app.Database, "lighting", TanDiao, TimeSpan.FromHours(2));
        await TestReports.WriteFromAnotherProcessAsync(app.Database, "lighting", TanDiao, TimeSpan.FromHours(1));
        var query = app.Services.GetRequiredService<MapQuery>();
        var filter = new MapFilter(Period: "all");

        var district = (await query.LoadAsync(KaengKhoi, filter))!;
        var focused = (await query.LoadAsync(KaengKhoi, filter, TanDiao))!;

        Assert.Null(district.Focus);
        Assert.Equal(district.Areas.Single(a => a.Code == TanDiao), focused.Focus);
        Assert.Equal(focused.Focus, focused.PanelFigures);
        Assert.Equal(district.Areas, focused.Areas);
        Assert.Equal(district.Heat, focused.Heat);

        await using var db = DbContexts.For(app.Database);
        var reports = db.Set<CitizenReport>().AsNoTracking().Where(r => r.SubdistrictCode == TanDiao);
        var open = ReportStatuses.Open.ToArray();
        Assert.Equal(focused.Focus!.Reports, await reports.CountAsync());
        var byCategory = await reports.GroupBy(r => r.CategoryCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Assert.NotEmpty(focused.TopCategories);
        Assert.All(focused.TopCategories, c => Assert.Equal(byCategory[c.Code], c.Count));
        Assert.Equal(Math.Min(10, await reports.CountAsync(r => open.Contains(r.Status))), focused.OpenReports.Count);
        Assert.All(focused.OpenReports, r => Assert.Equal(TanDiao, r.SubdistrictCode));
        var firstMonth = new DateTime(focused.Trend[0].Year, focused.Trend[0].Month, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(-7);
        Assert.Equal(await reports.CountAsync(r => r.ReceivedAt >= firstMonth), focused.Trend.Sum(m => m.Received));
        Assert.True(focused.Trend.Sum(m => m.Received) < district.Trend.Sum(m => m.Received));
        Assert.All(focused.Projects, p => Assert.Contains(district.Projects, d => d.Id == p.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Load_SubdistrictOfAnotherDistrict_SidePanelStaysOnTheDistrict(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var query = app.Services.GetRequiredService<MapQuery>();

        var district = (await query.LoadAsync(KaengKhoi, new MapFilter()))!;
        var elsewhere = (await query.LoadAsync(KaengKhoi, new MapFilter(), "190101"))!;
        var province = (await query.LoadAsync(TestReports.Saraburi, new MapFilter(), TanDiao))!;

        Assert.Null(elsewhere.Focus);
        Assert.Equal(district.Totals, elsewhere.PanelFigures);
        Assert.Equal(district.TopCategories, elsewhere.TopCategories);
        Assert.Null(province.Focus);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Focus_ASubdistrictAndBack_PanelAsIfLoadedSo_MapDataKept(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        await TestReports.WriteFromAnotherProcessAsync(app.Database, "road", TanDiao, TimeSpan.FromHours(3));
        var query = app.Services.GetRequiredService<MapQuery>();
        var filter = new MapFilter(Period: "all", Category: "road");
        var district = (await query.LoadAsync(KaengKhoi, filter))!;

        var focused = await query.FocusAsync(district, TanDiao);
        var back = await query.FocusAsync(focused, null);

        var loaded = (await query.LoadAsync(KaengKhoi, filter, TanDiao))!;
        AssertSamePanel(loaded, focused);
        AssertSamePanel(district, back);
        Assert.Same(district.Areas, focused.Areas);
        Assert.Same(district.Heat, focused.Heat);
        Assert.Same(district.Points, focused.Points);
        Assert.Equal(district.Totals, focused.Totals);
        Assert.All(focused.TopCategories, c => Assert.Equal("road", c.Code));
    }

    private static void AssertSamePanel(MapView expected, MapView actual)
    {
        Assert.Equal(expected.Focus, actual.Focus);
        Assert.Equal(expected.TopCategories, actual.TopCategories);
        Assert.Equal(expected.Trend, actual.Trend);
        Assert.Equal(expected.OpenReports, actual.OpenReports);
        Assert.Equal(expected.Projects, actual.Projects);
    }
}
