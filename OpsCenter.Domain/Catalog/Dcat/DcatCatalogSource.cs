using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Catalog.Dcat;

/// <summary>
/// Loads one province's catalog for DCAT, as the viewer may see it: a classified dataset (personal, security, secret)
/// is left out unless the viewer is cleared for its data, so harvesters, which come anonymously, never copy it.
/// </summary>
public sealed class DcatCatalogSource(IDbContextFactory<OpsDbContext> dbFactory, CatalogQuery catalog, TimeProvider time)
{
    public const int PageSize = 100;

    public async Task<(RdfGraph Graph, bool Found)> CatalogAsync(string provinceCode, Actor viewer, string root, int? page, Func<int, string> pageUrl, CancellationToken ct)
    {
        var info = await InfoAsync(provinceCode, root, ct);
        if (info is null)
        {
            return (new RdfGraph(Rdf.Prefixes), false);
        }

        var visible = (await catalog.EntriesAsync(provinceCode, ct)).Where(e => CatalogPolicy.CanSeeContent(e.Dataset, viewer)).ToList();
        if (page is null)
        {
            return (DcatCatalogGraph.Catalog(info, visible, null), true);
        }

        var paging = new DcatPage(page.Value, PageSize, visible.Count, pageUrl);
        return (DcatCatalogGraph.Catalog(info, visible.Skip((page.Value - 1) * PageSize).Take(PageSize).ToList(), paging), page.Value <= paging.LastPage);
    }

    /// <summary>One dataset's description (with its catalog's), or null when there is none the viewer may see.</summary>
    public async Task<RdfGraph?> DatasetAsync(string slug, Actor viewer, string root, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var province = await db.Set<Dataset>().AsNoTracking().Where(d => d.Slug == slug).Select(d => d.ProvinceCode).FirstOrDefaultAsync(ct);
        if (province is null || await InfoAsync(province, root, ct) is not { } info)
        {
            return null;
        }

        var entry = (await catalog.EntriesAsync(province, ct)).FirstOrDefault(e => e.Dataset.Slug == slug);
        return entry is null || !CatalogPolicy.CanSeeContent(entry.Dataset, viewer) ? null : DcatCatalogGraph.Catalog(info, [entry], null);
    }

    private async Task<DcatCatalogInfo?> InfoAsync(string provinceCode, string root, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var areas = await db.Set<Area>().AsNoTracking().Where(a => a.ProvinceCode == provinceCode).ToDictionaryAsync(a => a.Code, ct);
        var agencies = await db.Set<Agency>().AsNoTracking().Where(a => a.ProvinceCode == provinceCode).OrderBy(a => a.Id).ToListAsync(ct);
        if (!areas.TryGetValue(provinceCode, out var province) || agencies.Count == 0)
        {
            return null;
        }

        var ids = agencies.Select(a => a.Id).ToList();
        var agencyAreas = await db.Set<AgencyArea>().AsNoTracking().Where(a => ids.Contains(a.AgencyId)).ToListAsync(ct);
        var publisher = agencies.FirstOrDefault(a => a.Kind == AgencyKind.ProvincialOffice) ?? agencies[0];
        return new DcatCatalogInfo(root, $"บัญชีข้อมูลจังหวัด{province.NameTh}", $"{province.NameEn} provincial data catalog", publisher, province, areas,
            agencyAreas.ToLookup(a => a.AgencyId, a => a.AreaCode), time.GetUtcNow().UtcDateTime);
    }
}
