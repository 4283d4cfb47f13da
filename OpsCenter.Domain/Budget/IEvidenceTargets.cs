using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Budget;

/// <summary>How an evidence link's target reads: a title and a line of detail, in Thai and English.</summary>
public sealed record EvidenceTitle(string TitleTh, string TitleEn, string? DetailTh, string? DetailEn);

/// <summary>
/// One kind of evidence kept by a feature that builds on Budget (a catalog dataset, a citizen proposal): it finds a
/// province's record by id or by the name people know it by, and titles records. Budget asks through this because those
/// features already depend on Budget (data gaps read the plan; an accepted proposal becomes a project).
/// </summary>
public interface IEvidenceTargets
{
    EvidenceKind Kind { get; }

    /// <summary>The id of the record of <paramref name="provinceCode"/> that <paramref name="targetId"/> names, or null.</summary>
    /// <param name="number"><paramref name="targetId"/> read as a number, or -1 when it is none.</param>
    Task<long?> FindAsync(OpsDbContext db, string provinceCode, string targetId, long number, CancellationToken ct);

    /// <summary>Titles of the records that exist among <paramref name="ids"/>, keyed by the id as text.</summary>
    Task<Dictionary<string, EvidenceTitle>> TitlesAsync(OpsDbContext db, long[] ids, CancellationToken ct);
}
