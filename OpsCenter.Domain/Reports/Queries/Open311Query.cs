using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Reports.Queries;

/// <summary>A report as Open311 lists it, with its first photo (if any) for the media_url.</summary>
public sealed record Open311Row(CitizenReport Report, long? FirstPhotoId);

/// <summary>The reports Open311 answers with; <c>province</c> is the jurisdiction, null for all.</summary>
public sealed class Open311Query(IDbContextFactory<OpsDbContext> dbFactory, ReporterKeys keys, TimeProvider time)
{
    /// <summary>A token is for the moments after a POST; looking one up checks this many days of reports, newest first.</summary>
    public static readonly TimeSpan TokenWindow = TimeSpan.FromDays(30);

    private const int MaxTokenCandidates = 50_000;

    public async Task<List<Open311Row>> ByTrackingNumbersAsync(IReadOnlyList<string> trackingNumbers, string? province, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var reports = await db.Set<CitizenReport>().AsNoTracking()
            .Where(r => trackingNumbers.Contains(r.TrackingNumber) && (province == null || r.ProvinceCode == province)).ToListAsync(ct);
        return await WithPhotosAsync(db, reports, ct);
    }

    /// <summary>Reports received between <paramref name="start"/> and <paramref name="end"/>, newest first, at most <paramref name="max"/>.</summary>
    public async Task<List<Open311Row>> SearchAsync(DateTime start, DateTime end, string[] codes, string[] statuses, string? province, int max, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var reports = await Search(db, start, end, codes, statuses, province).Take(max).ToListAsync(ct);
        return await WithPhotosAsync(db, reports, ct);
    }

    /// <summary>The requests received between two instants, newest first, as GET requests filters them.</summary>
    internal static IQueryable<CitizenReport> Search(OpsDbContext db, DateTime start, DateTime end, string[] codes, string[] statuses, string? province)
    {
        var query = db.Set<CitizenReport>().AsNoTracking().Where(r => r.ReceivedAt >= start && r.ReceivedAt <= end);
        if (province is not null)
        {
            query = query.Where(r => r.ProvinceCode == province);
        }

        if (codes.Length > 0)
        {
            query = query.Where(r => codes.Contains(r.CategoryCode));
        }

        var open = ReportStatuses.Open.ToArray();
        if (statuses.Length == 1)
        {
            query = statuses[0] == "open" ? query.Where(r => open.Contains(r.Status)) : query.Where(r => !open.Contains(r.Status));
        }

        return query.OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id);
    }

    /// <summary>
    /// The service request a token (the reporter key POST answered with) belongs to. Keys are derived, not stored, so
    /// this recomputes them over the recent reports of the jurisdiction: bounded by <see cref="TokenWindow"/> and a cap.
    /// </summary>
    public async Task<string?> TrackingNumberForTokenAsync(string token, string? province, CancellationToken ct)
    {
        if (token.Length != 12)
        {
            return null;
        }

        var since = time.GetUtcNow().UtcDateTime - TokenWindow;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var candidates = await db.Set<CitizenReport>().AsNoTracking()
            .Where(r => r.ReceivedAt >= since && (province == null || r.ProvinceCode == province))
            .OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id).Select(r => r.TrackingNumber).Take(MaxTokenCandidates).ToListAsync(ct);
        foreach (var trackingNumber in candidates)
        {
            if (await keys.IsReporterKeyAsync(trackingNumber, token, ct))
            {
                return trackingNumber;
            }
        }

        return null;
    }

    private static async Task<List<Open311Row>> WithPhotosAsync(OpsDbContext db, List<CitizenReport> reports, CancellationToken ct)
    {
        var ids = reports.Select(r => r.Id).ToList();
        var photoIds = await db.Set<ReportPhoto>().AsNoTracking().Where(p => ids.Contains(p.ReportId))
            .GroupBy(p => p.ReportId).Select(g => new { ReportId = g.Key, Id = g.Min(p => p.Id) }).ToDictionaryAsync(p => p.ReportId, p => p.Id, ct);
        return reports.ConvertAll(r => new Open311Row(r, photoIds.TryGetValue(r.Id, out var photoId) ? photoId : null));
    }
}
