using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Queries;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Reports;

namespace OpsCenter.Tests.Persistence.Reports;

/// <summary>
/// The staff queue's search, as staff use it when a citizen calls with a number, and its agency filter: right on both
/// databases, and on PostgreSQL read from indexes (at 10 million reports both were scans of a province's reports,
/// 1.2-3.3 s for a Bangkok-sized one).
/// </summary>
public sealed class ReportQueueSearchTests(ReportApps apps) : IClassFixture<ReportApps>
{
    private static readonly Actor Official = Actor.Staff("official-id", "เจ้าหน้าที่จังหวัด", "19", null, OpsRoles.Official);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_FindsAReport_ByAnyPartOfItsNumberAsTyped_OrItsSourceId(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var queue = app.Services.GetRequiredService<ReportQueue>();
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var report = await db.Set<CitizenReport>().Where(r => r.ProvinceCode == "19").OrderBy(r => r.Id).FirstAsync();
        var sourceId = $"2024-Q_{report.Id}%";
        await db.Set<CitizenReport>().Where(r => r.Id == report.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.ExternalId, sourceId));
        var numbers = await db.Set<CitizenReport>().Where(r => r.ProvinceCode == "19").Select(r => r.TrackingNumber).ToListAsync();
        var code = report.TrackingNumber[(report.TrackingNumber.IndexOf('-', StringComparison.Ordinal) + 1)..];

        // The code after the province's prefix, read out in lower case with a pause in it.
        var typed = await SearchAsync(queue, $" {code.ToLowerInvariant().Insert(3, " ")} ");
        var prefix = await SearchAsync(queue, "srb");
        var bySourceId = await SearchAsync(queue, sourceId);
        var whole = await SearchAsync(queue, report.TrackingNumber.ToLowerInvariant());

        Assert.Contains(report.Id, typed.Rows.Select(r => r.Id));
        Assert.Equal(numbers.Count(n => n.Contains(code, StringComparison.Ordinal)), typed.Total);
        Assert.Equal(numbers.Count(n => n.Contains("SRB", StringComparison.Ordinal)), prefix.Total);
        Assert.True(prefix.Total > 0);
        Assert.Equal([report.Id], bySourceId.Rows.Select(r => r.Id));
        Assert.Equal([report.Id], whole.Rows.Select(r => r.Id));
        // A wildcard typed is matched as a character: no number has one.
        Assert.Equal(0, (await SearchAsync(queue, "%")).Total);
        Assert.Equal(0, (await SearchAsync(queue, "_")).Total);
        Assert.Equal(0, (await SearchAsync(queue, "\\")).Total);
    }

    [PostgresFact]
    public async Task Search_ReadsTheTrigramIndex_AndTheSourceIdIndex_OrAWholeNumbersOwn()
    {
        var app = await apps.ForAsync(DatabaseProvider.Postgres);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var search = new QueueFilter { ProvinceCode = "19", Search = "abc-d" };
        var index = await db.Database.SqlQueryRaw<string>("SELECT indexdef AS \"Value\" FROM pg_indexes WHERE indexname = 'IX_citizen_reports_tracking_number_trgm'").SingleAsync();
        // The demo's real statistics: without them every province looks like one report, and any index will do.
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE citizen_reports");

        var plan = await QueryPlans.ExplainAsync(db, ReportQueue.Filtered(db, search, TestClock.UtcNow).Select(r => r.Id), bitmaps: true);
        var wholeNumber = await QueryPlans.ExplainAsync(db, ReportQueue.Filtered(db, search, TestClock.UtcNow, wholeNumber: "SRB-ABCD-EFGH").Select(r => r.Id));

        Assert.Contains("USING gin (tracking_number gin_trgm_ops)", index, StringComparison.Ordinal);
        Assert.True(wholeNumber.Contains("using \"IX_citizen_reports_tracking_number\"", StringComparison.Ordinal), wholeNumber);
        Assert.True(plan.Contains("IX_citizen_reports_tracking_number_trgm", StringComparison.Ordinal), plan);
        // The source id's index entered by its channels: a condition on its second column alone read the whole index
        // (12 ms at 10 million, and a cost estimate high enough to compile the query).
        Assert.True(plan.Contains("Index Scan on \"IX_citizen_reports_channel_external_id\"", StringComparison.Ordinal), plan);
        Assert.True(plan.Contains("Index Cond: ((channel = ANY", StringComparison.Ordinal), plan);
    }

    /// <summary>Every state: the count that took 1.4 s for Bangkok's (open only, the open reports by agency serve it).</summary>
    [PostgresFact]
    public async Task AnAgencysQueue_IsCountedFromTheAgencyIndexAlone()
    {
        var app = await apps.ForAsync(DatabaseProvider.Postgres);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var agency = await db.Set<CitizenReport>().Where(r => r.ProvinceCode == "19" && r.OwnerAgencyId != null).Select(r => r.OwnerAgencyId).FirstAsync();
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE citizen_reports");

        var plan = await QueryPlans.ExplainAsync(db, ReportQueue.Filtered(db, new QueueFilter { ProvinceCode = "19", AgencyId = agency }, TestClock.UtcNow).Select(r => 1));

        // And PostgreSQL knows an agency is in one province (its first page's plan hangs on that estimate; 591 → 0.4 ms
        // at 10 million reports, which a test database this small cannot show).
        var dependencies = await db.Database.SqlQueryRaw<string>(
            "SELECT array_to_string(stxkind, '') AS \"Value\" FROM pg_statistic_ext WHERE stxname = 'citizen_reports_agency_province'").SingleAsync();

        Assert.True(plan.Contains("Index Only Scan using \"IX_citizen_reports_owner_agency_status\"", StringComparison.Ordinal), plan);
        Assert.Equal("f", dependencies);
    }

    /// <summary>
    /// An agency's open reports, newest first (its staff's default queue), read in order from the open reports' agency
    /// index: walking the province's newest reports instead passed every other agency's (69 ms after a burst of 47,000).
    /// </summary>
    [PostgresFact]
    public async Task AnAgencysOpenQueue_ComesInOrderFromTheOpenReportsByAgency()
    {
        var app = await apps.ForAsync(DatabaseProvider.Postgres);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var agency = await db.Set<CitizenReport>().Where(r => r.ProvinceCode == "19" && r.OwnerAgencyId != null).Select(r => r.OwnerAgencyId).FirstAsync();
        var open = ReportQueue.Filtered(db, new QueueFilter { ProvinceCode = "19", AgencyId = agency, OpenOnly = true }, TestClock.UtcNow);

        var plan = await QueryPlans.ExplainAsync(db, ReportQueue.Columns.Sorted(open, new PageRequest()).Take(25).Select(r => r.Id), inIndexOrder: true);

        Assert.True(plan.Contains("Scan Backward using \"IX_citizen_reports_open_by_agency\"", StringComparison.Ordinal), plan);
        Assert.False(plan.Contains("Sort", StringComparison.Ordinal), plan);
    }

    private static Task<Paged<QueueRow>> SearchAsync(ReportQueue queue, string search) =>
        queue.PageAsync(Official, new QueueFilter { ProvinceCode = "19", Search = search }, new PageRequest(Size: PageRequest.MaxSize));
}
