using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports.Queries;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Reports;

namespace OpsCenter.Tests.Persistence.Reports;

/// <summary>
/// The public reads of reports must come from an index whatever the number of reports: at 10 million, each of these was
/// a scan of the whole table (seconds a call, for anyone, without signing in).
/// </summary>
public sealed class PublicReportQueryPlanTests(ReportApps apps) : IClassFixture<ReportApps>
{
    /// <summary>GET requests.json without a jurisdiction: every province's newest, 3.2 s as a scan and a sort.</summary>
    [PostgresFact]
    public async Task RequestsOfEveryProvince_ReadTheNewestFromAnIndex_WithoutASort()
    {
        var app = await apps.ForAsync(DatabaseProvider.Postgres);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var end = TestClock.UtcNow;

        var plan = await QueryPlans.ExplainAsync(db, Open311Query.Search(db, end.AddDays(-90), end, [], [], province: null).Take(1000), inIndexOrder: true);

        Assert.Contains("Index Scan Backward using \"IX_citizen_reports_received_at_id\"", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Sort", plan, StringComparison.Ordinal);
    }

    /// <summary>A tracking page lists the reports merged into it: 1.3 s as a scan.</summary>
    [PostgresFact]
    public async Task TrackingPage_FindsTheReportsMergedIntoIt_InAnIndex()
    {
        var app = await apps.ForAsync(DatabaseProvider.Postgres);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();

        var plan = await QueryPlans.ExplainAsync(db, ReportDetails.MergedFrom(db, 42));

        Assert.Contains("using \"IX_citizen_reports_duplicate_of_id\"", plan, StringComparison.Ordinal);
    }
}
