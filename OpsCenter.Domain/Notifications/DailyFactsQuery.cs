using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Review;

namespace OpsCenter.Domain.Notifications;

/// <summary>The figures of a province's executive digest: the Bangkok day before <c>day</c>, and what is overdue now.</summary>
public sealed class DailyFactsQuery(IDbContextFactory<OpsDbContext> dbFactory)
{
    public async Task<DailyFacts> ForAsync(string province, DateOnly day, DateTime now, CancellationToken ct)
    {
        var end = ThaiCalendar.FromBangkok(day.ToDateTime(TimeOnly.MinValue));
        var start = end.AddDays(-1);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var reports = db.Set<CitizenReport>().Where(r => r.ProvinceCode == province);
        var received = await reports.CountAsync(r => r.ReceivedAt >= start && r.ReceivedAt < end, ct);
        var resolved = await reports.CountAsync(r => r.ResolvedAt >= start && r.ResolvedAt < end, ct);
        var escalated = await (from t in db.Set<ReportTimelineEntry>()
                               join r in reports on t.ReportId equals r.Id
                               where (t.Kind == TimelineKind.Overdue || t.Kind == TimelineKind.Escalated) && t.At >= start && t.At < end
                               select t.ReportId).Distinct().CountAsync(ct);
        var open = ReportStatuses.Open.ToArray();
        var overdueReports = await reports.Where(r => open.Contains(r.Status) && r.DueAt <= now && r.OwnerAgencyId != null)
            .GroupBy(r => r.OwnerAgencyId!.Value).Select(g => new { Agency = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Agency, g => g.Count, ct);
        var datasets = await db.Set<Dataset>().AsNoTracking().Where(d => d.ProvinceCode == province).ToListAsync(ct);
        var overdueDatasets = datasets.Where(d => d.FreshnessAt(now) == FreshnessState.Overdue).GroupBy(d => d.OwnerAgencyId).ToDictionary(g => g.Key, g => g.Count());
        var overdueActions = await (from a in db.Set<ActionItem>()
                                    join s in db.Set<ReviewSession>() on a.ReviewSessionId equals s.Id
                                    where s.ProvinceCode == province && (a.Status == ActionItemStatus.Open || a.Status == ActionItemStatus.InProgress) && a.DueAt <= now
                                    group a by a.OwnerAgencyId into g
                                    select new { Agency = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Agency, g => g.Count, ct);
        var agencyIds = overdueReports.Keys.Concat(overdueDatasets.Keys).Concat(overdueActions.Keys).Distinct().ToList();
        var agencies = await db.Set<Agency>().AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToListAsync(ct);
        var byAgency = agencies.ConvertAll(a => new AgencyOverdue(a.NameTh, a.NameEn,
            overdueReports.GetValueOrDefault(a.Id), overdueDatasets.GetValueOrDefault(a.Id), overdueActions.GetValueOrDefault(a.Id)));
        return new DailyFacts(province, start, received, resolved, escalated, byAgency);
    }
}
