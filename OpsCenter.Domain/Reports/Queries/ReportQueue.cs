using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Reports.Queries;

/// <summary>The queue's filters; null means any.</summary>
public sealed record QueueFilter
{
    public required string ProvinceCode { get; init; }

    public int? AgencyId { get; init; }

    /// <summary>A district (4 digits) or subdistrict (6 digits).</summary>
    public string? AreaCode { get; init; }

    public string? CategoryCode { get; init; }

    public ReportStatus? Status { get; init; }

    /// <summary>Open reports only (received, assigned, in progress, forwarded).</summary>
    public bool OpenOnly { get; init; }

    public bool OverdueOnly { get; init; }

    public ReportKind? Kind { get; init; }

    /// <summary>A tracking number or part of one.</summary>
    public string? Search { get; init; }
}

/// <summary>One row of the staff queue: no description text, no contact, nothing personal.</summary>
public sealed record QueueRow(
    long Id, string TrackingNumber, ReportKind Kind, string CategoryCode, ReportStatus Status, ReportChannel Channel,
    string? DistrictCode, string? SubdistrictCode, int? OwnerAgencyId, string? AssignedUserName,
    DateTime ReceivedAt, DateTime? DueAt, int ReporterCount, long? PossibleDuplicateOfId, EscalationLevel EscalationLevel);

/// <summary>The staff work queue: filtered, sorted and paged in the database, so a million reports list as fast as a hundred.</summary>
public sealed class ReportQueue(IDbContextFactory<OpsDbContext> dbFactory, TimeProvider time)
{
    private static readonly ReportChannel[] AllChannels = Enum.GetValues<ReportChannel>();

    /// <summary>The filter held to the actor's own province, or null when the actor may not see the queue.</summary>
    private static QueueFilter? ScopeOf(Actor actor, QueueFilter filter) =>
        ReportPolicy.Rules.Admits(ReportPolicy.Queue, actor) && actor.ProvinceCode is { } province ? filter with { ProvinceCode = province } : null;

    /// <summary>
    /// The columns the queue sorts by, named as <see cref="QueueRow"/>'s properties; newest received first when none
    /// is named. Ties go by id, so a page never repeats a report of the one before.
    /// </summary>
    public static readonly SortColumns<CitizenReport> Columns = SortColumns<CitizenReport>.Create(nameof(QueueRow.ReceivedAt), true, r => r.Id)
        .By(nameof(QueueRow.ReceivedAt), r => r.ReceivedAt)
        .By(nameof(QueueRow.DueAt), r => r.DueAt)
        .By(nameof(QueueRow.Status), r => r.Status)
        .By(nameof(QueueRow.CategoryCode), r => r.CategoryCode)
        .By(nameof(QueueRow.SubdistrictCode), r => r.SubdistrictCode)
        .By(nameof(QueueRow.ReporterCount), r => r.ReporterCount);

    /// <summary>A page of the actor's province's queue; empty for anyone the report policy keeps from the queue.</summary>
    public async Task<Paged<QueueRow>> PageAsync(Actor actor, QueueFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        if (Columns.Check(page) is { } error)
        {
            return Paged<QueueRow>.Refused(error);
        }

        if (ScopeOf(actor, filter) is not { } scoped)
        {
            return Paged<QueueRow>.Empty;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var wholeNumber = await WholeNumberAsync(db, scoped, cancellationToken);
        return await Columns.PageAsync(Filtered(db, scoped, time.GetUtcNow().UtcDateTime, wholeNumber), page,
            r => new QueueRow(r.Id, r.TrackingNumber, r.Kind, r.CategoryCode, r.Status, r.Channel, r.DistrictCode, r.SubdistrictCode,
                r.OwnerAgencyId, r.AssignedUserName, r.ReceivedAt, r.DueAt, r.ReporterCount, r.PossibleDuplicateOfId, r.EscalationLevel),
            cancellationToken);
    }

    /// <summary>Every row of the actor's province's queue under the filter, for the export; none for anyone else.</summary>
    public async IAsyncEnumerable<QueueRow> AllAsync(Actor actor, QueueFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (ScopeOf(actor, filter) is not { } scoped)
        {
            yield break;
        }

        filter = scoped;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var wholeNumber = await WholeNumberAsync(db, filter, cancellationToken);
        var rows = Filtered(db, filter, time.GetUtcNow().UtcDateTime, wholeNumber).OrderBy(r => r.Id)
            .Select(r => new QueueRow(r.Id, r.TrackingNumber, r.Kind, r.CategoryCode, r.Status, r.Channel, r.DistrictCode, r.SubdistrictCode,
                r.OwnerAgencyId, r.AssignedUserName, r.ReceivedAt, r.DueAt, r.ReporterCount, r.PossibleDuplicateOfId, r.EscalationLevel))
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }

    /// <summary>What the search matches in tracking numbers: the text typed, any case, spaces aside.</summary>
    private static string? SearchedPart(QueueFilter f) =>
        string.IsNullOrWhiteSpace(f.Search) ? null : f.Search.Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>
    /// The number searched for when it is one of the province's reports' whole number: no other number holds a whole
    /// one, so that report is what a search by part would find, and the unique index finds it at once (the trigram index
    /// reads the entries of the prefix every number of the province shares: 430-460 ms at 10 million reports).
    /// </summary>
    private static async Task<string?> WholeNumberAsync(OpsDbContext db, QueueFilter f, CancellationToken ct) =>
        SearchedPart(f) is { } part && TrackingNumbers.LooksValid(part)
            && await db.Set<CitizenReport>().AnyAsync(r => r.TrackingNumber == part && r.ProvinceCode == f.ProvinceCode, ct)
            ? part : null;

    /// <summary>The province's reports under the filter, unsorted: the page's and the export's source (and the plan tests').</summary>
    internal static IQueryable<CitizenReport> Filtered(OpsDbContext db, QueueFilter f, DateTime now, string? wholeNumber = null)
    {
        var query = db.Set<CitizenReport>().AsNoTracking().Where(r => r.ProvinceCode == f.ProvinceCode);
        if (f.AgencyId is { } agency)
        {
            query = query.Where(r => r.OwnerAgencyId == agency);
        }

        if (f.AreaCode is { Length: 4 } district)
        {
            query = query.Where(r => r.DistrictCode == district);
        }
        else if (f.AreaCode is { Length: 6 } subdistrict)
        {
            query = query.Where(r => r.SubdistrictCode == subdistrict);
        }

        if (f.CategoryCode is { } category)
        {
            query = query.Where(r => r.CategoryCode == category);
        }

        if (f.Kind is { } kind)
        {
            query = query.Where(r => r.Kind == kind);
        }

        var open = ReportStatuses.Open.ToArray();
        if (f.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }
        else if (f.OpenOnly || f.OverdueOnly)
        {
            query = query.Where(r => open.Contains(r.Status));
        }

        if (f.OverdueOnly)
        {
            query = query.Where(r => open.Contains(r.Status) && r.DueAt <= now);
        }

        if (wholeNumber is not null)
        {
            query = query.Where(r => r.TrackingNumber == wholeNumber);
        }
        else if (SearchedPart(f) is { } part)
        {
            // Any part of a tracking number as staff type it from a call (any case, spaces aside: EF Core sends it as a
            // LIKE pattern, wildcards escaped, which PostgreSQL answers from the trigram index), or a source system's own
            // id exactly, every channel listed so the index by channel and id is entered, not read through. At 10
            // million reports a Bangkok-sized province's search took 1.2 s to count and 3.3 s for its page as scans.
            var typed = f.Search!.Trim();
            query = query.Where(r => r.TrackingNumber.Contains(part) || (AllChannels.Contains(r.Channel) && r.ExternalId == typed));
        }

        return query;
    }
}
