using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Features.Budget;

namespace OpsCenter.Tests.Persistence.Budget;

public sealed class ProjectServiceTests(BudgetApps apps) : IClassFixture<BudgetApps>
{
    private static readonly Actor Official = Actor.Staff("official-1", "เจ้าหน้าที่จังหวัด", "19", null, OpsRoles.Official);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UpdateBudgetLine_PublishesLineChanged_AndRefusesDisbursedAboveApproved(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        using var events = new EventRecorder(app.Services);
        var service = app.Services.GetRequiredService<ProjectService>();
        await using var db = DbContexts.For(app.Database);
        var line = await db.Set<BudgetLine>().OrderBy(l => l.Id).FirstAsync();

        var refused = await service.UpdateBudgetLineAsync(line.Id, Money.FromBaht(100), Money.FromBaht(50), Money.FromBaht(51), Official);
        var otherProvince = await service.UpdateBudgetLineAsync(line.Id, Money.FromBaht(100), Money.FromBaht(80), Money.FromBaht(40), Official with { ProvinceCode = "13" });
        var otherAgency = await service.UpdateBudgetLineAsync(line.Id, Money.FromBaht(100), Money.FromBaht(80), Money.FromBaht(40),
            Actor.Staff("staff-2", "เจ้าหน้าที่หน่วยงานอื่น", "19", -1, OpsRoles.AgencyStaff));
        var saved = await service.UpdateBudgetLineAsync(line.Id, Money.FromBaht(100), Money.FromBaht(80), Money.FromBaht(40.25m), Official);

        Assert.True(otherProvince.NotFound);
        Assert.True(otherAgency.NotFound);

        Assert.Equal("disbursed", refused.Errors.Single().Field);
        Assert.True(saved.Succeeded);
        await using var check = DbContexts.For(app.Database);
        Assert.Equal(4_025L, (await check.Set<BudgetLine>().SingleAsync(l => l.Id == line.Id)).Disbursed.Satang);
        await events.WaitForAsync(e => e.Kind == BudgetEvents.LineChanged && e.SubjectId == line.ProjectId.ToString());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Matrix_IsCached_YetShowsAMoneyChangeAtOnce(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var query = app.Services.GetRequiredService<BudgetVersusNeedQuery>();
        var year = ThaiCalendar.FiscalYearOf(TestClock.UtcNow);
        var first = await query.MatrixAsync("19", year, BudgetMeasure.Approved, AreaLevel.District);
        Assert.Same(first, await query.MatrixAsync("19", year, BudgetMeasure.Approved, AreaLevel.District));
        await using var db = DbContexts.For(app.Database);
        var line = await db.Set<BudgetLine>().Where(l => l.FiscalYear == year && l.Approved.Satang > 0).OrderBy(l => l.Id).FirstAsync();

        await app.Services.GetRequiredService<ProjectService>().UpdateBudgetLineAsync(line.Id, line.Requested + Money.FromBaht(1_000_000), line.Approved + Money.FromBaht(1_000_000), line.Disbursed, Official);

        var after = await query.MatrixAsync("19", year, BudgetMeasure.Approved, AreaLevel.District);
        Assert.NotSame(first, after);
        Assert.Equal(first.Total + Money.FromBaht(1_000_000), after.Total);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task LinkEvidence_ByTrackingNumber_IsVisibleFromTheReportSide(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var service = app.Services.GetRequiredService<ProjectService>();
        var resolver = app.Services.GetRequiredService<EvidenceResolver>();
        await using var db = DbContexts.For(app.Database);
        CitizenReport? report = null;
        foreach (var candidate in await db.Set<CitizenReport>().Where(r => r.CategoryCode == "noise").OrderBy(r => r.Id).ToListAsync())
        {
            // A report no project cites yet, directly or through its area's need.
            if ((await resolver.ProjectsLinkedToAsync(EvidenceKind.Report, candidate.Id.ToString())).Count == 0)
            {
                report = candidate;
                break;
            }
        }

        Assert.NotNull(report);
        var project = await db.Set<Project>().Where(p => p.Sector == Sectors.Environment).OrderBy(p => p.Id).FirstAsync();

        var result = await service.LinkEvidenceAsync(project.Id, EvidenceKind.Report, report.TrackingNumber.ToLowerInvariant(), "เสียงจากเหมืองหิน", Official);
        var duplicate = await service.LinkEvidenceAsync(project.Id, EvidenceKind.Report, report.Id.ToString(), null, Official);
        var unknown = await service.LinkEvidenceAsync(project.Id, EvidenceKind.Report, "SRB-NOPE-NOPE", null, Official);
        var badCell = await service.LinkEvidenceAsync(project.Id, EvidenceKind.NeedCell, "1901/nowhere", null, Official);

        Assert.True(result.Succeeded);
        Assert.Equal("targetId", duplicate.Errors.Single().Field);
        Assert.Equal("targetId", unknown.Errors.Single().Field);
        Assert.Equal("targetId", badCell.Errors.Single().Field);
        var addressing = Assert.Single(await resolver.ProjectsLinkedToAsync(EvidenceKind.Report, report.Id.ToString()));
        Assert.Equal((project.Id, true, "เสียงจากเหมืองหิน"), (addressing.ProjectId, addressing.Direct, addressing.Note));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NeedCellLink_AddressesEveryReportOfThatAreaAndSector(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        await using var db = DbContexts.For(app.Database);
        var project = await db.Set<Project>().Where(p => p.Sector == Sectors.Safety).OrderBy(p => p.Id).FirstAsync();
        var report = await db.Set<CitizenReport>().Where(r => r.CategoryCode == "traffic" && r.DistrictCode == "1908").OrderBy(r => r.Id).FirstAsync();

        await app.Services.GetRequiredService<ProjectService>().LinkEvidenceAsync(project.Id, EvidenceKind.NeedCell, "1908/safety", null, Official);

        var addressing = await app.Services.GetRequiredService<EvidenceResolver>().ProjectsLinkedToAsync(EvidenceKind.Report, report.Id.ToString());
        Assert.Contains(addressing, p => p.ProjectId == project.Id && !p.Direct);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EvidencePack_HasTheLinkedReportsAreaNeedAndTrend_AndItsCsvCarriesThem(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        await using var db = DbContexts.For(app.Database);
        var year = ThaiCalendar.FiscalYearOf(TestClock.UtcNow);
        var projectId = await db.Set<Project>().Where(p => p.FiscalYear == year && db.Set<EvidenceLink>().Count(e => e.ProjectId == p.Id && e.Kind == EvidenceKind.Report) >= 2)
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var linkedIds = await db.Set<EvidenceLink>().Where(e => e.ProjectId == projectId && e.Kind == EvidenceKind.Report).Select(e => e.TargetId).ToListAsync();

        var pack = await app.Services.GetRequiredService<EvidencePackQuery>().LoadAsync(projectId);

        Assert.NotNull(pack);
        Assert.Equal(linkedIds.Order(), pack.LinkedReports.Select(r => r.Id.ToString()).Order());
        Assert.Equal(12, pack.Trend.Count);
        Assert.True(pack.Trend.Sum(m => m.InAreas) == pack.ReportsInAreas || pack.Trend.Sum(m => m.InAreas) <= pack.ReportsInAreas);
        Assert.Equal(pack.Detail.Project.AllAreaCodes(), pack.AreaNeeds.Select(a => a.Code));
        var area = pack.AreaNeeds[0];
        var matrix = await app.Services.GetRequiredService<BudgetVersusNeedQuery>().MatrixAsync("19", year, BudgetMeasure.Approved, AreaLevel.District);
        Assert.Equal(matrix.NeedOf(area.Code, pack.Detail.Project.Sector)!.IndexPer1000, area.SectorIndex, 6);
        Assert.InRange(area.SectorRank, 1, 13);

        var csv = EvidencePackCsv.Write(pack);
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var text = Encoding.UTF8.GetString(csv);
        Assert.StartsWith("\uFEFFsection,kind,id", text, StringComparison.Ordinal);
        Assert.Contains("area_need,", text, StringComparison.Ordinal);
        Assert.Equal(12, text.Split("\r\n").Count(l => l.StartsWith("monthly_reports,", StringComparison.Ordinal)));
        Assert.All(pack.LinkedReports, r => Assert.Contains(r.TrackingNumber, text, StringComparison.Ordinal));

        // Values are in the viewer's language; no enum names leak into either.
        foreach (var (culture, status) in new[] { ("th-TH", BudgetTerms.StatusName(pack.Detail.Project.Status, true)), ("en-US", BudgetTerms.StatusName(pack.Detail.Project.Status, false)) })
        {
            var previous = System.Globalization.CultureInfo.CurrentUICulture;
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(culture);
            try
            {
                var localized = Encoding.UTF8.GetString(EvidencePackCsv.Write(pack)).Split("\r\n");
                Assert.Contains(status, localized.Single(l => l.StartsWith("project,", StringComparison.Ordinal)), StringComparison.Ordinal);
                Assert.DoesNotContain(localized, l => l.Contains(",InProgress,", StringComparison.Ordinal) || l.Contains("LocalGovernment", StringComparison.Ordinal));
                if (culture == "th-TH")
                {
                    Assert.DoesNotContain(localized, l => l.StartsWith("linked_report,Complaint,", StringComparison.Ordinal) || l.StartsWith("linked_report,Need,", StringComparison.Ordinal));
                }
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentUICulture = previous;
            }
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MapMetrics_SubdistrictsAddUpToDistricts(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var metrics = app.Services.GetRequiredService<BudgetMapMetrics>();
        var year = ThaiCalendar.FiscalYearOf(TestClock.UtcNow);

        var districts = await metrics.ForAsync("19", year, AreaLevel.District);
        var subdistricts = await metrics.ForAsync("19", year, AreaLevel.Subdistrict);
        var kaengKhoi = await metrics.ForAsync("19", year, AreaLevel.Subdistrict, "1902");

        Assert.Equal(13, districts.Count);
        Assert.Equal(111, subdistricts.Count);
        Assert.All(kaengKhoi, m => Assert.StartsWith("1902", m.AreaCode, StringComparison.Ordinal));
        // Every report has a district and a subdistrict, and a district's money is spread over its subdistricts: totals agree.
        Assert.Equal(Money.Sum(districts.Select(d => d.Budget)), Money.Sum(subdistricts.Select(s => s.Budget)));
        // Need decays with time, and the two calls measure it a moment apart: equal to a millionth.
        var districtPoints = districts.Sum(d => d.NeedIndex * d.Population);
        Assert.InRange(Math.Abs(districtPoints - subdistricts.Sum(s => s.NeedIndex * s.Population)), 0, districtPoints * 1e-6);
        var mueang = districts.Single(d => d.AreaCode == "1901");
        Assert.Equal((double)mueang.Budget.Baht / mueang.Population, mueang.BudgetPerResident, 9);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreaPack_GathersTheSectorsReportsInTheArea_AndItsIndicators_WithoutAProject(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        await using (var db = DbContexts.For(app.Database))
        {
            db.Add(new IndicatorValue { ProvinceCode = "19", IndicatorCode = "tpmap-poor", AreaCode = "1901", Year = 2567, Value = 1234, Source = "tpmap-test.csv", ImportedAt = TestClock.UtcNow });
            await db.SaveChangesAsync();
        }

        var packs = app.Services.GetRequiredService<EvidencePackQuery>();
        var pack = await packs.LoadForAreaAsync("19", "1901", Sectors.Social);

        Assert.NotNull(pack);
        Assert.True(pack.IsAreaPack);
        Assert.Equal(["1901"], pack.AreaNeeds.Select(a => a.Code));
        Assert.Equal(pack.ReportsInAreas, pack.LinkedReports.Count);
        Assert.All(pack.LinkedReports, r => Assert.Equal("1901", r.DistrictCode));
        var poor = Assert.Single(pack.Indicators);
        Assert.Equal((1234d, true, "tpmap-test.csv"), (poor.Value, poor.CountsTowardSector, poor.Source));
        Assert.Null(await packs.LoadForAreaAsync("19", "1901", "no-such-sector"));
        Assert.Null(await packs.LoadForAreaAsync("19", "1301", Sectors.Social));
    }
}
