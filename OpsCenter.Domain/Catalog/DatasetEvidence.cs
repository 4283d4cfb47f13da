using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Catalog;

/// <summary>A dataset as a project's evidence: known by its id or slug.</summary>
public sealed class DatasetEvidence : IEvidenceTargets
{
    public EvidenceKind Kind => EvidenceKind.Dataset;

    public Task<long?> FindAsync(OpsDbContext db, string provinceCode, string targetId, long number, CancellationToken ct) =>
        db.Set<Dataset>().AsNoTracking()
            .Where(d => d.ProvinceCode == provinceCode && (d.Slug == targetId || d.Id == number))
            .Select(d => (long?)d.Id).FirstOrDefaultAsync(ct);

    public async Task<Dictionary<string, EvidenceTitle>> TitlesAsync(OpsDbContext db, long[] ids, CancellationToken ct)
    {
        var datasetIds = ids.Select(i => (int)i).ToArray();
        var datasets = await db.Set<Dataset>().AsNoTracking().Where(d => datasetIds.Contains(d.Id)).ToListAsync(ct);
        return datasets.ToDictionary(d => d.Id.ToString(CultureInfo.InvariantCulture),
            d => new EvidenceTitle($"ชุดข้อมูล: {d.TitleTh}", $"Dataset: {d.TitleEn ?? d.TitleTh}", d.Slug, d.Slug));
    }
}
