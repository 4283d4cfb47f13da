using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Reports.Import;

/// <summary>An imported report whose point disagrees with the row's own address, as the steward reviews it.</summary>
public sealed record FlaggedReport(long Id, string TrackingNumber, string? ExternalId, string? DistrictCode, string? SubdistrictCode, string Disagreement);

/// <summary>
/// The steward's review of imported locations that disagree with their rows' own addresses. Settling keeps the areas the
/// point gave (the point is the better evidence) and clears the flag, leaving an internal timeline note of what was said.
/// </summary>
public sealed class LocationReview(IDbContextFactory<OpsDbContext> dbFactory, TimeProvider time)
{
    public const int PageSize = 200;

    public static bool MayReview(Actor actor) => ReportPolicy.CanImport(actor);

    public async Task<(IReadOnlyList<FlaggedReport> Reports, int Total)> PendingAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!MayReview(actor))
        {
            return ([], 0);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var flagged = db.Set<CitizenReport>().AsNoTracking().Where(r => r.ProvinceCode == actor.ProvinceCode && r.LocationDisagreement != null);
        var total = await flagged.CountAsync(cancellationToken);
        var page = await flagged.OrderBy(r => r.Id).Take(PageSize)
            .Select(r => new FlaggedReport(r.Id, r.TrackingNumber, r.ExternalId, r.DistrictCode, r.SubdistrictCode, r.LocationDisagreement!))
            .ToListAsync(cancellationToken);
        return (page, total);
    }

    /// <summary>Settles the given flagged reports of the actor's province; returns how many were settled.</summary>
    public async Task<int> SettleAsync(IReadOnlyCollection<long> reportIds, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!MayReview(actor) || reportIds.Count == 0)
        {
            return 0;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = reportIds.Distinct().ToArray();
        var reports = await db.Set<CitizenReport>()
            .Where(r => ids.Contains(r.Id) && r.ProvinceCode == actor.ProvinceCode && r.LocationDisagreement != null)
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var report in reports)
        {
            db.Add(new ReportTimelineEntry
            {
                ReportId = report.Id,
                At = now,
                Kind = TimelineKind.Note,
                Status = report.Status,
                AgencyId = report.OwnerAgencyId,
                ActorUserId = actor.UserId,
                ActorName = actor.Name,
                Note = "ตรวจตำแหน่งแล้ว ใช้พื้นที่ตามพิกัด / Location reviewed; the point's areas stand. " + report.LocationDisagreement,
                IsPublic = false,
            });
            report.LocationDisagreement = null;
        }

        await db.SaveChangesAsync(cancellationToken);
        return reports.Count;
    }
}
