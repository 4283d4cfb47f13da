using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Wall;

namespace OpsCenter.Domain.Review;

/// <summary>Gathers from live data what <see cref="ReviewAgenda.Build"/> needs for a session of a province.</summary>
public sealed class AgendaFactsQuery(IDbContextFactory<OpsDbContext> dbFactory, CatalogQuery catalog, KpiBoardQuery kpis, WallFeed feed, TimeProvider time)
{
    public async Task<AgendaFacts> ForAsync(string provinceCode, int sessionId, DateTime heldAt, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var scores = await catalog.ScorecardsAsync(provinceCode, ct);
        var cards = await kpis.CardsAsync(provinceCode, ct);
        var snapshot = await feed.GetAsync(ReviewFiguresQuery.ViewOf(provinceCode, null), ct);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var agencies = await db.Set<Agency>().AsNoTracking().Where(a => a.ProvinceCode == provinceCode).ToDictionaryAsync(a => a.Id, ct);
        var reports = db.Set<CitizenReport>().Where(r => r.ProvinceCode == provinceCode && ReportStatuses.Open.Contains(r.Status));
        var unowned = await reports.CountAsync(r => r.OwnerAgencyId == null, ct);
        var overdueReports = await reports.Where(r => r.OwnerAgencyId != null && r.DueAt < now)
            .GroupBy(r => r.OwnerAgencyId!.Value).Select(g => new { AgencyId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.AgencyId, g => g.Count, ct);
        var actions = await ActionsOfProvinceAsync(db, provinceCode, ct);
        var overdueActions = actions.Where(a => ReviewCarryOver.IsOverdue(a.Status, a.DueAt, now))
            .GroupBy(a => a.OwnerAgencyId).ToDictionary(g => g.Key, g => g.Count());
        var offTrack = cards.Where(c => c.Status == KpiStatus.OffTrack).GroupBy(c => c.Lead.Agency.Id).ToDictionary(g => g.Key, g => g.Count());

        var late = overdueReports.Keys.Concat(overdueActions.Keys).Concat(offTrack.Keys).Distinct()
            .Where(agencies.ContainsKey)
            .Select(id => new OwnerLateness(id, agencies[id].NameTh, agencies[id].NameEn,
                overdueReports.GetValueOrDefault(id), offTrack.GetValueOrDefault(id), overdueActions.GetValueOrDefault(id)))
            .ToList();
        var carried = ReviewCarryOver.For(sessionId, heldAt, actions.Select(a => new CarriedAction(a.Id, a.ReviewSessionId, a.SessionHeldAt, a.Text, a.Status, a.DueAt, a.ClosedAt)));
        return new AgendaFacts(
            scores.Select(s => new AgencyOverdueDatasets(s.Agency.Id, s.Agency.NameTh, s.Agency.NameEn, s.Score.Overdue)).ToList(),
            unowned, late, cards.Count > 0, snapshot.Budget.Districts.Count > 0, carried, now);
    }

    private sealed record ProvinceAction(int Id, int ReviewSessionId, DateTime SessionHeldAt, string Text, ActionItemStatus Status, DateTime DueAt, DateTime? ClosedAt, int OwnerAgencyId);

    private static async Task<List<ProvinceAction>> ActionsOfProvinceAsync(OpsDbContext db, string provinceCode, CancellationToken ct) =>
        await (from a in db.Set<ActionItem>().AsNoTracking()
               join s in db.Set<ReviewSession>() on a.ReviewSessionId equals s.Id
               where s.ProvinceCode == provinceCode
               select new ProvinceAction(a.Id, a.ReviewSessionId, s.HeldAt, a.Text, a.Status, a.DueAt, a.ClosedAt, a.OwnerAgencyId)).ToListAsync(ct);
}
