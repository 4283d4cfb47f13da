using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports.Queries;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Reports;

namespace OpsCenter.Tests.Persistence.Reports;

/// <summary>
/// GET requests.json is public. Without a jurisdiction it lists every province's newest requests, which at 10 million
/// reports was a scan of the whole table and a sort (3.2 s a call); it must read the newest from an index and stop.
/// </summary>
public sealed class Open311QueryPlanTests(ReportApps apps) : IClassFixture<ReportApps>
{
    [PostgresFact]
    public async Task RequestsOfEveryProvince_ReadTheNewestFromAnIndex_WithoutASort()
    {
        var app = await apps.ForAsync(DatabaseProvider.Postgres);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var end = DateTime.UtcNow;

        var plan = await QueryPlans.ExplainAsync(db, Open311Query.Search(db, end.AddDays(-90), end, [], [], province: null).Take(1000));

        Assert.Contains("Index Scan Backward using \"IX_citizen_reports_received_at_id\"", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Sort", plan, StringComparison.Ordinal);
    }
}
