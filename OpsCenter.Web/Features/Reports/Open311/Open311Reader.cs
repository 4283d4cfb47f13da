using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Security;

namespace OpsCenter.Web.Features.Reports.Open311;

/// <summary>Loads reports for Open311 answers and dresses them as service requests; <c>province</c> is the jurisdiction, null for all.</summary>
public sealed class Open311Reader(
    IDbContextFactory<OpsDbContext> dbFactory, ReportReferenceData reference, ReportPhotos photos, Open311Partners partners, ReporterKeys keys, TimeProvider time)
{
    /// <summary>A token is for the moments after a POST; looking one up checks this many days of reports, newest first.</summary>
    public static readonly TimeSpan TokenWindow = TimeSpan.FromDays(30);

    private const int MaxTokenCandidates = 50_000;

    public async Task<List<OrderedDictionary<string, object?>>> ByIdsAsync(IReadOnlyList<string> trackingNumbers, string? province, HttpContext http, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var reports = await db.Set<CitizenReport>().AsNoTracking()
            .Where(r => trackingNumbers.Contains(r.TrackingNumber) && (province == null || r.ProvinceCode == province)).ToListAsync(ct);
        return await DressAsync(db, reports, http, ct);
    }

    public async Task<List<OrderedDictionary<string, object?>>> SearchAsync(
        DateTime start, DateTime end, string[] codes, string[] statuses, string? province, int max, HttpContext http, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
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

        var reports = await query.OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id).Take(max).ToListAsync(ct);
        return await DressAsync(db, reports, http, ct);
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

    private async Task<List<OrderedDictionary<string, object?>>> DressAsync(OpsDbContext db, List<CitizenReport> reports, HttpContext http, CancellationToken ct)
    {
        var viewer = await partners.FindAsync(http.Request.Query["api_key"], ct) is { } partner ? Viewer.Partner(partner.ProvinceCode) : Viewer.Anonymous;
        var ids = reports.Select(r => r.Id).ToList();
        var photoIds = await db.Set<ReportPhoto>().AsNoTracking().Where(p => ids.Contains(p.ReportId))
            .GroupBy(p => p.ReportId).Select(g => new { ReportId = g.Key, Id = g.Min(p => p.Id) }).ToDictionaryAsync(p => p.ReportId, p => p.Id, ct);
        var categories = await reference.CategoriesAsync(ct);
        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        var result = new List<OrderedDictionary<string, object?>>();
        foreach (var report in reports)
        {
            var media = ReportFieldClassification.CanSee(ReportField.Photo, viewer, report.ProvinceCode, report.OwnerAgencyId)
                        && photoIds.TryGetValue(report.Id, out var photoId) && report.Status != ReportStatus.Rejected
                ? origin + await photos.UrlAsync(photoId, ct)
                : report.ExternalPhotoUrl;
            result.Add(Open311Requests.ToRequest(report, await reference.ProvinceAsync(report.ProvinceCode, ct), categories.GetValueOrDefault(report.CategoryCode), media, viewer));
        }

        return result;
    }
}
