using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Budget.Import;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Budget;

public sealed class IndicatorImporterTests(BudgetApps apps) : IClassFixture<BudgetApps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_KeepsGoodRows_ReportsBadOnes_SkipsOtherProvinces(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var csv = "area_code,value,year\r\nTH1901,120,2567\r\n1902,abc,2567\r\n1301,50,2567\r\n19x,1,2567\r\n1903,7,2026\r\n1904,\"1,234.5\",\r\n";

        var (report, outside) = await app.Services.GetRequiredService<IndicatorImporter>()
            .ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "tpmap-poor", new IndicatorFileLayout(), "test.csv", TestAdmins.Steward());

        Assert.Equal(2, report.Accepted);
        Assert.Equal(1, outside);
        Assert.Equal([(3L, "value"), (5L, "area_code"), (6L, "year")], report.Issues.Select(i => (i.Row, i.Field)));
        await using var db = DbContexts.For(app.Database);
        Assert.Equal(1234.5, await db.Set<IndicatorValue>().Where(v => v.AreaCode == "1904").Select(v => v.Value).SingleAsync());
    }

    [Fact]
    public async Task Import_UnknownIndicator_RefusesTheFile()
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        var (report, _) = await app.Services.GetRequiredService<IndicatorImporter>()
            .ImportAsync(new MemoryStream("area_code,value\r\n1901,1\r\n"u8.ToArray()), "no-such", new IndicatorFileLayout(), "x.csv", TestAdmins.Steward());
        Assert.True(report.FileRejected);
    }

    /// <summary>The real TPMAP 2561 file: Saraburi's 42,964 poor people add 0.01 × 42,964 points of social need, spread by population.</summary>
    [SharedDataFact]
    public async Task TpmapFile_AddsSaraburisPoorPeopleToSocialNeed()
    {
        await using var app = new OpsAppFactory(DatabaseProvider.Sqlite);
        await app.InitializeAsync();
        var query = app.Services.GetRequiredService<BudgetVersusNeedQuery>();
        var year = ThaiCalendar.FiscalYearOf(TestClock.UtcNow);
        var before = (await query.MatrixAsync("19", year, BudgetMeasure.Approved, AreaLevel.District)).Need.Where(n => n.Sector == Sectors.Social).Sum(n => n.IndicatorPoints);

        int outside;
        ImportReport report;
        await using (var file = File.OpenRead(SharedData.PathOf("stats/tpmap_2561_province_poor_counts.csv")))
        {
            (report, outside) = await app.Services.GetRequiredService<IndicatorImporter>().ImportAsync(file, "tpmap-poor", IndicatorFileLayout.TpmapPoorPeople, "tpmap", TestAdmins.Steward());
        }

        Assert.Equal((1, 75), (report.Accepted, outside));
        Assert.Empty(report.Issues);
        await using var db = DbContexts.For(app.Database);
        var value = await db.Set<IndicatorValue>().SingleAsync(v => v.AreaCode == "19");
        Assert.Equal((42_964.0, 2561), (value.Value, value.Year));
        var after = (await query.MatrixAsync("19", year, BudgetMeasure.Approved, AreaLevel.District)).Need.Where(n => n.Sector == Sectors.Social).ToList();
        Assert.Equal(0, before);
        Assert.Equal(429.64, after.Sum(n => n.IndicatorPoints), 6);
        var mueang = after.Single(n => n.AreaCode == "1901");
        Assert.Equal(429.64 * mueang.Population / after.Sum(n => n.Population), mueang.IndicatorPoints, 6);
    }
}
