using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.National;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.National;

public sealed class NationalRollupQueryTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Rollup_ComparesBothDemoProvinces_WithFiguresCountedByHandFromTheRows(DatabaseProvider provider)
    {
        await using var app = new OpsAppFactory(provider, new Dictionary<string, string?> { ["Demo:Provinces:1"] = "13" });
        await app.InitializeAsync();
        var query = app.Services.GetRequiredService<NationalRollupQuery>();

        var rows = await query.LoadAsync();

        Assert.Equal(["13", "19"], rows.Select(r => r.Code));
        await using var db = DbContexts.For(app.Database);
        var now = query.Now;
        foreach (var row in rows)
        {
            var reports = await db.Set<CitizenReport>().Where(r => r.ProvinceCode == row.Code).ToListAsync();
            var resolved = reports.Where(r => r.ResolvedAt >= now - NationalRollup.SlaWindow && r.DueAt != null).ToList();
            var open = reports.Where(r => r.IsOpen).ToList();
            Assert.Equal(reports.Count(r => r.ReceivedAt >= now - NationalRollup.SlaWindow), row.Sla.Received);
            Assert.Equal(resolved.Count, row.Sla.Resolved);
            Assert.Equal(resolved.Count(r => r.ResolvedAt <= r.DueAt), row.Sla.ResolvedOnTime);
            Assert.Equal((open.Count, open.Count(r => r.DueAt < now)), (row.Sla.Open, row.Sla.OpenOverdue));
            Assert.True(row.Sla.Resolved > 0, $"the demo resolves reports in {row.Code}");

            var datasets = await db.Set<Dataset>().Where(d => d.ProvinceCode == row.Code).ToListAsync();
            var overdue = datasets.Count(d => Freshness.Of(d.LastDataUpdateAt, d.FrequencyUnit, d.FrequencyInterval, now) == FreshnessState.Overdue);
            Assert.Equal((datasets.Count, overdue), (row.Freshness.Total, row.Freshness.Overdue));

            var cards = await app.Services.GetRequiredService<KpiBoardQuery>().CardsAsync(row.Code);
            Assert.Equal(cards.Count, row.Kpis.Total);
            Assert.Equal(cards.Count(c => c.Status == KpiStatus.OnTrack), row.Kpis.OnTrack);

            var districts = await db.Set<OpsCenter.Domain.Areas.Area>().CountAsync(a => a.ProvinceCode == row.Code && a.Level == OpsCenter.Domain.Areas.AreaLevel.District);
            Assert.Equal(districts, row.Budget.Districts);
            Assert.InRange(row.Budget.Alignment!.Value, 0, 1);
            Assert.True(row.Budget.Approved.Satang > 0);
        }
    }
}
