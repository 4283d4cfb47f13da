using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Security;

namespace OpsCenter.Domain.Persistence.Demo;

/// <summary>
/// Grows a province's catalog to a given size for benchmarks: copies of its demo datasets under new names, spread over
/// the last two years, one in ten classified, each with three versions that link out (no stored content).
/// </summary>
public sealed class DemoCatalogVolume(IDbContextFactory<OpsDbContext> dbFactory, TimeProvider time)
{
    public async Task<int> GrowToAsync(string provinceCode, int total, int seed, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var templates = await db.Set<Dataset>().AsNoTracking().Where(d => d.ProvinceCode == provinceCode).OrderBy(d => d.Slug).ToListAsync(ct);
        if (templates.Count == 0)
        {
            throw new InvalidOperationException($"Province {provinceCode} has no datasets; seed the demo province first.");
        }

        var random = new Random(seed);
        var now = time.GetUtcNow().UtcDateTime;
        var added = new List<Dataset>();
        for (var i = templates.Count; i < total; i++)
        {
            var t = templates[random.Next(templates.Count)];
            var modified = now.AddMinutes(-random.Next(0, 2 * 365 * 24 * 60));
            added.Add(new Dataset
            {
                ProvinceCode = provinceCode, Slug = $"{t.Slug}-b{seed % 100:00}{i:D5}", TitleTh = $"{t.TitleTh} ชุดที่ {i}", TitleEn = t.TitleEn,
                OwnerAgencyId = t.OwnerAgencyId, FrequencyUnit = t.FrequencyUnit, FrequencyInterval = t.FrequencyInterval,
                Classification = random.Next(10) == 0 ? DataClassification.Personal : DataClassification.Public,
                LastDataUpdateAt = modified, CreatedAt = modified.AddDays(-random.Next(30, 700)), MetadataModifiedAt = modified,
                DataType = t.DataType, GeoCoverage = t.GeoCoverage, Tags = t.Tags, Description = t.Description, Objective = t.Objective,
                Maintainer = t.Maintainer, MaintainerEmail = t.MaintainerEmail, DataSource = t.DataSource, DataFormat = t.DataFormat, License = t.License,
            });
        }

        db.AddRange(added);
        await db.SaveChangesAsync(ct);
        db.AddRange(added.SelectMany(d => Enumerable.Range(1, 3).Select(n => new DatasetVersion
        {
            DatasetId = d.Id, Number = n, FileName = $"{d.Slug}-{n}.csv", Format = "CSV", SizeBytes = 1000 * n, RowCount = 100,
            UploadedByName = d.Maintainer ?? "ผู้ดูแลข้อมูล", UploadedAt = d.LastDataUpdateAt!.Value.AddDays(-30 * (3 - n)),
            ExternalUrl = $"https://data.example.go.th/{d.Slug}/{n}.csv",
        })));
        await db.SaveChangesAsync(ct);
        return added.Count;
    }
}
