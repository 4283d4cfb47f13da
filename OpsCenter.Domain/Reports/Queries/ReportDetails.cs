using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Reports.Queries;

/// <summary>A report for staff: everything but the reporter's contact, which only <see cref="ReporterContacts"/> reveals.</summary>
public sealed record ReportDetail(
    CitizenReport Report,
    IReadOnlyList<ReportTimelineEntry> Timeline,
    IReadOnlyList<long> PhotoIds,
    bool HasContact,
    IReadOnlyList<DuplicateCandidate> DuplicateCandidates,
    string? DuplicateOfTrackingNumber);

/// <summary>What anyone may see about a report, by tracking number: no description, no coordinates, no names.</summary>
public sealed record PublicReport(
    string ProvinceCode, string TrackingNumber, ReportKind Kind, string CategoryCode, ReportStatus Status, string? DistrictCode, string? SubdistrictCode,
    int? OwnerAgencyId, DateTime ReceivedAt, DateTime? ExpectedAt, DateTime? ResolvedAt, string? StatusNote, int ReporterCount,
    IReadOnlyList<PublicTimelineStep> Timeline)
{
    /// <summary>The report this duplicate joined: where its reporter now follows the work.</summary>
    public MergedReport? MergedInto { get; init; }

    /// <summary>The duplicates joined into this report, oldest first.</summary>
    public IReadOnlyList<string> MergedFrom { get; init; } = [];
}

/// <summary>The main report as a duplicate's reporter sees it: its number, state, expected date and how many reported it.</summary>
public sealed record MergedReport(string TrackingNumber, ReportStatus Status, DateTime? ExpectedAt, int ReporterCount);

public sealed record PublicTimelineStep(DateTime At, TimelineKind Kind, ReportStatus Status, int? AgencyId, string? Note, bool BySystem);

public sealed class ReportDetails(IDbContextFactory<OpsDbContext> dbFactory, IOptions<ReportsOptions> options)
{
    /// <summary>A report of the actor's province for the queue's people; null when there is none the actor may open.</summary>
    public async Task<ReportDetail?> LoadAsync(long id, Actor actor, CancellationToken cancellationToken = default) =>
        await LoadAsync(id, cancellationToken) is { } detail && ReportPolicy.CanView(actor, detail.Report.ProvinceCode) ? detail : null;

    internal async Task<ReportDetail?> LoadAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var report = await db.Set<CitizenReport>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return null;
        }

        var timeline = await TimelineAsync(db, report, cancellationToken);
        var photos = await db.Set<ReportPhoto>().Where(p => p.ReportId == id).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        var hasContact = await db.Set<ReporterContact>().AnyAsync(c => c.ReportId == id, cancellationToken);
        var duplicateOf = report.DuplicateOfId is { } of
            ? await db.Set<CitizenReport>().Where(r => r.Id == of).Select(r => r.TrackingNumber).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new ReportDetail(report, timeline, photos, hasContact, await CandidatesAsync(db, report, cancellationToken), duplicateOf);
    }

    /// <summary>The tracking numbers of the reports merged into one, oldest first.</summary>
    internal static IQueryable<string> MergedFrom(OpsDbContext db, long id) =>
        db.Set<CitizenReport>().AsNoTracking().Where(r => r.DuplicateOfId == id).OrderBy(r => r.Id).Select(r => r.TrackingNumber);

    public async Task<PublicReport?> PublicAsync(string trackingNumber, CancellationToken cancellationToken = default)
    {
        if (!TrackingNumbers.LooksValid(trackingNumber))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var report = await db.Set<CitizenReport>().AsNoTracking().FirstOrDefaultAsync(r => r.TrackingNumber == trackingNumber, cancellationToken);
        if (report is null)
        {
            return null;
        }

        var steps = (await TimelineAsync(db, report, cancellationToken))
            .Where(t => t.IsPublic)
            .Select(t => new PublicTimelineStep(t.At, t.Kind, t.Status, t.AgencyId, PublicNote(t), t.ActorUserId is null))
            .ToList();
        var mergedInto = report.DuplicateOfId is { } of
            ? await db.Set<CitizenReport>().AsNoTracking().Where(r => r.Id == of)
                .Select(r => new { r.TrackingNumber, r.Status, r.DueAt, r.ReporterCount }).FirstOrDefaultAsync(cancellationToken)
            : null;
        var mergedFrom = await MergedFrom(db, report.Id).ToListAsync(cancellationToken);
        var merge = mergedInto is null ? null
            : new MergedReport(mergedInto.TrackingNumber, mergedInto.Status, ReportStatuses.IsOpen(mergedInto.Status) ? mergedInto.DueAt : null, mergedInto.ReporterCount);
        var others = merge is null ? mergedFrom : [merge.TrackingNumber];
        return new PublicReport(report.ProvinceCode, report.TrackingNumber, report.Kind, report.CategoryCode, report.Status, report.DistrictCode, report.SubdistrictCode,
            report.OwnerAgencyId, report.ReceivedAt, ReportStatuses.IsOpen(report.Status) ? report.DueAt : null, report.ResolvedAt,
            report.Status is ReportStatus.Resolved or ReportStatus.Rejected ? report.StatusNote : null, report.ReporterCount,
            MergeStory.Fold(steps, others, merge?.ReporterCount ?? report.ReporterCount))
        {
            MergedInto = merge,
            MergedFrom = mergedFrom,
        };
    }

    /// <summary>
    /// Staff write notes for staff; the public sees the system's own wording, and a staff note only where it is the
    /// answer to the citizen (a resolution or a rejection).
    /// </summary>
    private static string? PublicNote(ReportTimelineEntry entry) => entry switch
    {
        // The reporter's own words may name people; the public page says only that it happened.
        { Kind: TimelineKind.Reopened } => "ผู้แจ้งขอเปิดเรื่องใหม่ / The reporter reopened the report",
        { Kind: TimelineKind.StatusChanged, Status: ReportStatus.Resolved or ReportStatus.Rejected } => entry.Note,
        { ActorUserId: null } => entry.Note,
        _ => null,
    };

    /// <summary>The stored steps, led by a "received" step made from the report itself where none was stored (bulk imports).</summary>
    private static async Task<IReadOnlyList<ReportTimelineEntry>> TimelineAsync(OpsDbContext db, CitizenReport report, CancellationToken ct)
    {
        var entries = await db.Set<ReportTimelineEntry>().AsNoTracking().Where(t => t.ReportId == report.Id)
            .OrderBy(t => t.At).ThenBy(t => t.Id).ToListAsync(ct);
        if (!entries.Any(e => e.Kind == TimelineKind.Received))
        {
            entries.Insert(0, new ReportTimelineEntry
            {
                ReportId = report.Id,
                At = report.ReceivedAt,
                Kind = TimelineKind.Received,
                Status = ReportStatus.Received,
                AgencyId = report.OwnerAgencyId,
                ActorName = "ระบบ / System",
                Note = $"รับเรื่องทางช่องทาง{ReportStatuses.ChannelThai(report.Channel)} / Received through {ReportStatuses.ChannelEnglish(report.Channel)}",
            });
        }

        return entries;
    }

    private async Task<IReadOnlyList<DuplicateCandidate>> CandidatesAsync(OpsDbContext db, CitizenReport report, CancellationToken ct)
    {
        if (report.Latitude is not { } lat || report.Longitude is not { } lon || !report.IsOpen)
        {
            return [];
        }

        var radius = options.Value.DuplicateRadiusMeters;
        var (dLat, dLon) = GeoDistance.BoundingBox(lat, radius);
        var open = ReportStatuses.Open.ToArray();
        var nearby = await db.Set<CitizenReport>().AsNoTracking()
            .Where(r => r.ProvinceCode == report.ProvinceCode && r.CategoryCode == report.CategoryCode && open.Contains(r.Status)
                        && r.Latitude >= lat - dLat && r.Latitude <= lat + dLat && r.Longitude >= lon - dLon && r.Longitude <= lon + dLon)
            .OrderByDescending(r => r.Id).Take(50)
            .Select(r => new { r.Id, r.TrackingNumber, r.CategoryCode, r.Status, r.Latitude, r.Longitude, r.ReceivedAt })
            .ToListAsync(ct);
        return DuplicateRule.Candidates(lat, lon, report.CategoryCode, report.Id,
            nearby.Select(r => (r.Id, r.TrackingNumber, r.CategoryCode, r.Status, r.Latitude, r.Longitude, r.ReceivedAt)), radius);
    }
}
