using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Warehouse;

/// <summary>Checks and titles explorer views cited as evidence: the dataset and the pinned version must exist, and the citer must be able to see the view.</summary>
public sealed class ExplorerCitations(IDbContextFactory<OpsDbContext> dbFactory) : ICitedViews
{
    public async Task<CitedViewAnswer> CheckAsync(string? url, string provinceCode, Actor viewer, CancellationToken ct = default)
    {
        if (ExplorerLink.Parse(url) is not { } link)
        {
            return new CitedViewAnswer(null, "ต้องเป็นลิงก์มุมมองข้อมูล /catalog/…/explore ที่ระบุฉบับ (version=…)",
                "Must be an explorer link /catalog/…/explore with its version pinned (version=…)");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dataset = await db.Set<Dataset>().AsNoTracking().FirstOrDefaultAsync(d => d.Slug == link.Slug && d.ProvinceCode == provinceCode, ct);
        if (dataset is null)
        {
            return new CitedViewAnswer(null, "ไม่พบชุดข้อมูลนี้ในจังหวัด", "No such dataset in this province");
        }

        if (!await db.Set<DatasetVersion>().AnyAsync(v => v.DatasetId == dataset.Id && v.Number == link.Version && v.HasContent, ct))
        {
            return new CitedViewAnswer(null, $"ชุดข้อมูลนี้ไม่มีฉบับที่ {link.Version}", $"The dataset has no version {link.Version}");
        }

        // The same rule as the explorer's: aggregates of public and personal data (small groups withheld), the rest only to the cleared.
        if (!CatalogPolicy.CanSeeContent(dataset, viewer) && dataset.Classification != Security.DataClassification.Personal)
        {
            return new CitedViewAnswer(null, "ไม่มีสิทธิ์ดูข้อมูลนี้ จึงอ้างอิงไม่ได้", "You may not see this data, so you cannot cite it");
        }

        return new CitedViewAnswer(new CitedView(link.PathAndQuery, dataset.Slug, dataset.TitleTh, dataset.TitleEn, link.Version));
    }

    public async Task<IReadOnlyDictionary<string, CitedView>> DescribeAsync(IEnumerable<string> urls, CancellationToken ct = default)
    {
        var links = urls.Select(ExplorerLink.Parse).OfType<ExplorerLink>().DistinctBy(l => l.PathAndQuery).ToList();
        if (links.Count == 0)
        {
            return new Dictionary<string, CitedView>();
        }

        var slugs = links.Select(l => l.Slug).Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var versions = await (
                from v in db.Set<DatasetVersion>().AsNoTracking()
                join d in db.Set<Dataset>() on v.DatasetId equals d.Id
                where slugs.Contains(d.Slug) && v.HasContent
                select new { d.Slug, d.TitleTh, d.TitleEn, v.Number })
            .ToListAsync(ct);
        return links.Select(l => (l, v: versions.FirstOrDefault(v => v.Slug == l.Slug && v.Number == l.Version)))
            .Where(x => x.v is not null)
            .ToDictionary(x => x.l.PathAndQuery, x => new CitedView(x.l.PathAndQuery, x.v!.Slug, x.v.TitleTh, x.v.TitleEn, x.l.Version));
    }
}
