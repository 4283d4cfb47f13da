using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Catalog.Gaps;
using OpsCenter.Domain.Catalog.Interop;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Security;

namespace OpsCenter.Domain.Catalog;

public sealed record CatalogFilter(string? Text = null, int? AgencyId = null, FreshnessState? Freshness = null, DataClassification? Classification = null);

public sealed record CatalogRow(Dataset Dataset, Agency Owner, FreshnessState State, int Versions);

public sealed record DatasetDetail(Dataset Dataset, Agency Owner, FreshnessState State, IReadOnlyList<DatasetVersion> Versions, IReadOnlyList<FreshnessPeriod> History, IReadOnlyList<Kpi> UsedByKpis);

/// <summary>A dataset and how fresh it is now.</summary>
public sealed record DatasetFreshness(Dataset Dataset, FreshnessState State);

public sealed record ScoreRow(AgencyScore Score, Agency Agency);

public sealed record ReminderRow(FreshnessReminder Reminder, Agency Owner, string? Maintainer, string? MaintainerEmail);

public sealed record GapRow(DatasetRequirement Requirement, string NeedKey, string NeedTh, string NeedEn, Dataset? Dataset, Agency? Owner, GapStatus Status);

/// <summary>Reads for the catalog pages and exports. A province's catalog is hundreds of rows, so rules run in memory over one query.</summary>
public sealed class CatalogQuery(IDbContextFactory<OpsDbContext> dbFactory, TimeProvider time)
{
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>
    /// A page of a province's public catalog, filtered, sorted and cut in the database. Sort columns are named as
    /// <see cref="CatalogRow"/>'s property paths; the most urgent freshness first when none is named.
    /// </summary>
    public async Task<Paged<CatalogRow>> PageAsync(string provinceCode, CatalogFilter filter, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var freshness = await FreshnessAsync(db, provinceCode, ct);
        var agencies = db.Set<Agency>();
        var versions = db.Set<DatasetVersion>();
        var columns = SortColumns<Dataset>.Create("State", true, d => d.Slug)
            .By("State", freshness.Rank())
            .By("Dataset.TitleTh", d => d.TitleTh)
            .By("Owner.NameTh", d => agencies.Where(a => a.Id == d.OwnerAgencyId).Select(a => a.NameTh).FirstOrDefault())
            .By("Dataset.LastDataUpdateAt", d => d.LastDataUpdateAt)
            .By("Dataset.Classification", d => d.Classification)
            .By("Versions", d => versions.Count(v => v.DatasetId == d.Id));
        var found = await columns.PageAsync(Filtered(db, provinceCode, filter, freshness), page,
            d => new { Dataset = d, Owner = agencies.First(a => a.Id == d.OwnerAgencyId), Versions = versions.Count(v => v.DatasetId == d.Id) }, ct);
        var now = Now;
        return found.Select(r => new CatalogRow(r.Dataset, r.Owner, r.Dataset.FreshnessAt(now), r.Versions));
    }

    /// <summary>How many of the province's datasets are in each freshness state now, counted in the database.</summary>
    public async Task<IReadOnlyDictionary<FreshnessState, int>> FreshnessCountsAsync(string provinceCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var freshness = await FreshnessAsync(db, provinceCode, ct);
        var counts = new Dictionary<FreshnessState, int>();
        foreach (var state in Enum.GetValues<FreshnessState>())
        {
            counts[state] = await db.Set<Dataset>().Where(d => d.ProvinceCode == provinceCode).Where(freshness.Is(state)).CountAsync(ct);
        }

        return counts;
    }

    private async Task<FreshnessQuery> FreshnessAsync(OpsDbContext db, string provinceCode, CancellationToken ct)
    {
        var datasets = await db.Set<Dataset>().Where(d => d.ProvinceCode == provinceCode)
            .Select(d => new { d.Id, d.LastDataUpdateAt, d.FrequencyUnit, d.FrequencyInterval }).ToListAsync(ct);
        return FreshnessQuery.Of(datasets.Select(d => (d.Id, d.LastDataUpdateAt, d.FrequencyUnit, d.FrequencyInterval)), Now);
    }

    private static IQueryable<Dataset> Filtered(OpsDbContext db, string provinceCode, CatalogFilter filter, FreshnessQuery freshness)
    {
        var datasets = db.Set<Dataset>().AsNoTracking().Where(d => d.ProvinceCode == provinceCode);
        if (filter.AgencyId is { } agency)
        {
            datasets = datasets.Where(d => d.OwnerAgencyId == agency);
        }

        if (filter.Freshness is { } state)
        {
            datasets = datasets.Where(freshness.Is(state));
        }

        if (filter.Classification is { } classification)
        {
            datasets = datasets.Where(d => d.Classification == classification);
        }

        if (filter.Text?.Trim().ToLowerInvariant() is { Length: > 0 } text)
        {
            var agencies = db.Set<Agency>();
            datasets = datasets.Where(d => d.TitleTh.Contains(text) || (d.TitleEn != null && DbText.Lower(d.TitleEn).Contains(text))
                || DbText.Lower(d.Tags).Contains(text) || DbText.Lower(d.Slug).Contains(text)
                || agencies.Any(a => a.Id == d.OwnerAgencyId && a.NameTh.Contains(text)));
        }

        return datasets;
    }

    public async Task<DatasetDetail?> DetailAsync(string slug, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dataset = await db.Set<Dataset>().AsNoTracking().FirstOrDefaultAsync(d => d.Slug == slug, ct);
        if (dataset is null)
        {
            return null;
        }

        var owner = await db.Set<Agency>().AsNoTracking().FirstAsync(a => a.Id == dataset.OwnerAgencyId, ct);
        var versions = await db.Set<DatasetVersion>().AsNoTracking().Where(v => v.DatasetId == dataset.Id).OrderByDescending(v => v.Number).ToListAsync(ct);
        var kpis = await db.Set<Kpi>().AsNoTracking().Where(k => k.SourceDatasetId == dataset.Id).OrderBy(k => k.Code).ToListAsync(ct);
        var history = FreshnessHistory.Of(versions.Select(v => v.UploadedAt), dataset.FrequencyUnit, dataset.FrequencyInterval, Now);
        return new DatasetDetail(dataset, owner, dataset.FreshnessAt(Now), versions, history, kpis);
    }

    /// <summary>The dataset a KPI is measured from, by its id (the KPI's <c>SourceDatasetId</c>).</summary>
    public async Task<DatasetFreshness?> SourceAsync(int datasetId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dataset = await db.Set<Dataset>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == datasetId, ct);
        return dataset is null ? null : new DatasetFreshness(dataset, dataset.FreshnessAt(Now));
    }

    /// <summary>The stewards' scorecards of the actor's province; empty for anyone the catalog policy does not admit.</summary>
    public async Task<IReadOnlyList<ScoreRow>> ScorecardsAsync(Actor actor, CancellationToken ct = default) =>
        CatalogPolicy.Rules.Admits(CatalogPolicy.Read, actor) && actor.ProvinceCode is { } province ? await ScorecardsAsync(province, ct) : [];

    /// <summary>The data the plan needs and the catalog lacks, in the actor's province; empty for anyone the catalog policy does not admit.</summary>
    public async Task<IReadOnlyList<GapRow>> GapsAsync(Actor actor, CancellationToken ct = default) =>
        CatalogPolicy.Rules.Admits(CatalogPolicy.Read, actor) && actor.ProvinceCode is { } province ? await GapsAsync(province, ct) : [];

    internal async Task<IReadOnlyList<ScoreRow>> ScorecardsAsync(string provinceCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var facts = await FactsAsync(db, provinceCode, ct);
        var agencies = await AgenciesAsync(db, provinceCode, ct);
        return CatalogScorecard.For(facts.Select(f => f.Facts), Now).Select(s => new ScoreRow(s, agencies[s.AgencyId])).ToList();
    }

    public async Task<IReadOnlyList<ReminderRow>> RemindersAsync(string provinceCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var facts = await FactsAsync(db, provinceCode, ct);
        var agencies = await AgenciesAsync(db, provinceCode, ct);
        var contacts = facts.ToDictionary(f => f.Facts.DatasetId);
        return FreshnessReminders.Due(facts.Select(f => f.Facts), Now)
            .Select(r => new ReminderRow(r, agencies[r.Dataset.OwnerAgencyId], contacts[r.Dataset.DatasetId].Maintainer, contacts[r.Dataset.DatasetId].Email))
            .ToList();
    }

    internal async Task<IReadOnlyList<GapRow>> GapsAsync(string provinceCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var requirements = await db.Set<DatasetRequirement>().AsNoTracking().Where(r => r.ProvinceCode == provinceCode).OrderBy(r => r.Id).ToListAsync(ct);
        var kpis = await db.Set<Kpi>().AsNoTracking().Where(k => k.ProvinceCode == provinceCode).ToDictionaryAsync(k => k.Id, ct);
        var datasets = await db.Set<Dataset>().AsNoTracking().Where(d => d.ProvinceCode == provinceCode).ToDictionaryAsync(d => d.Id, ct);
        var agencies = await AgenciesAsync(db, provinceCode, ct);
        var issues = await db.Set<Budget.DevelopmentIssue>().AsNoTracking().Where(i => i.ProvinceCode == provinceCode)
            .ToDictionaryAsync(i => i.Code, i => (i.NameTh, i.NameEn), ct);
        return requirements.Select(r =>
        {
            var dataset = r.DatasetId is { } id ? datasets.GetValueOrDefault(id) : null;
            var (key, th, en) = r.KpiId is { } kpiId && kpis.TryGetValue(kpiId, out var kpi)
                ? ($"kpi:{kpi.Code}", $"ตัวชี้วัด: {kpi.NameTh}", $"KPI: {kpi.NameEn}")
                : IssueTitles(r, issues);
            var status = DatasetGap.Of(dataset is null ? null : DatasetFreshnessFacts.Of(dataset), Now);
            return new GapRow(r, key, th, en, dataset, dataset is null ? null : agencies[dataset.OwnerAgencyId], status);
        }).ToList();
    }

    /// <summary>The plan's own wording where the requirement names a development issue of the provincial plan.</summary>
    private static (string Key, string Th, string En) IssueTitles(DatasetRequirement r, Dictionary<string, (string NameTh, string? NameEn)> issues)
    {
        var (th, en) = r.DevelopmentIssueCode is { } code && issues.TryGetValue(code, out var issue)
            ? (issue.NameTh, issue.NameEn ?? issue.NameTh)
            : (r.NeedTitleTh, r.NeedTitleEn ?? r.NeedTitleTh);
        return ($"issue:{r.DevelopmentIssueCode}", $"ประเด็นการพัฒนา {r.DevelopmentIssueCode}: {th}", $"Development issue {r.DevelopmentIssueCode}: {en}");
    }

    /// <summary>Every dataset of one province with owner and versions, for the CKAN API and the DCAT export.</summary>
    public async Task<IReadOnlyList<CatalogEntry>> EntriesAsync(string provinceCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var datasets = await db.Set<Dataset>().AsNoTracking().Where(d => d.ProvinceCode == provinceCode).OrderBy(d => d.Slug).ToListAsync(ct);
        var agencies = await db.Set<Agency>().AsNoTracking().Where(a => a.ProvinceCode == provinceCode).ToDictionaryAsync(a => a.Id, ct);
        var ids = datasets.Select(d => d.Id).ToList();
        var versions = (await db.Set<DatasetVersion>().AsNoTracking().Where(v => ids.Contains(v.DatasetId)).ToListAsync(ct)).ToLookup(v => v.DatasetId);
        return datasets.Select(d => new CatalogEntry(d, agencies[d.OwnerAgencyId], versions[d.Id].OrderByDescending(v => v.Number).ToList())).ToList();
    }

    /// <summary>The freshness of each of a province's datasets now, for the overviews that only count them.</summary>
    public async Task<IReadOnlyList<FreshnessState>> FreshnessStatesAsync(string provinceCode, CancellationToken ct = default) =>
        (await FreshnessStatesByProvinceAsync([provinceCode], ct)).GetValueOrDefault(provinceCode, []);

    /// <summary>The same for several provinces in one query (the national roll-up); a province without datasets has none.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<FreshnessState>>> FreshnessStatesByProvinceAsync(
        IReadOnlyCollection<string> provinceCodes, CancellationToken ct = default)
    {
        var codes = provinceCodes.ToArray();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var datasets = await db.Set<Dataset>().AsNoTracking()
            .Where(d => codes.Contains(d.ProvinceCode))
            .Select(d => new { d.ProvinceCode, d.LastDataUpdateAt, d.FrequencyUnit, d.FrequencyInterval })
            .ToListAsync(ct);
        var now = Now;
        return datasets.GroupBy(d => d.ProvinceCode).ToDictionary(g => g.Key,
            IReadOnlyList<FreshnessState> (g) => g.Select(d => Freshness.Of(d.LastDataUpdateAt, d.FrequencyUnit, d.FrequencyInterval, now)).ToList());
    }

    /// <summary>Whether <paramref name="provinceCode"/> is a province this installation holds data for.</summary>
    public async Task<bool> HasProvinceAsync(string provinceCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<Agency>().AnyAsync(a => a.ProvinceCode == provinceCode, ct);
    }

    /// <summary>Every agency of the province, whether or not it owns a dataset yet (CKAN's organizations).</summary>
    public async Task<IReadOnlyList<Agency>> AgenciesAsync(string provinceCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<Agency>().AsNoTracking().Where(a => a.ProvinceCode == provinceCode).OrderBy(a => a.Code).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Agency>> OwnersAsync(string provinceCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ownerIds = await db.Set<Dataset>().Where(d => d.ProvinceCode == provinceCode).Select(d => d.OwnerAgencyId).Distinct().ToListAsync(ct);
        return await db.Set<Agency>().AsNoTracking().Where(a => ownerIds.Contains(a.Id)).OrderBy(a => a.Code).ToListAsync(ct);
    }

    private static async Task<Dictionary<int, Agency>> AgenciesAsync(OpsDbContext db, string provinceCode, CancellationToken ct) =>
        await db.Set<Agency>().AsNoTracking().Where(a => a.ProvinceCode == provinceCode).ToDictionaryAsync(a => a.Id, ct);

    private static async Task<List<(DatasetFreshnessFacts Facts, string? Maintainer, string? Email)>> FactsAsync(OpsDbContext db, string provinceCode, CancellationToken ct) =>
        (await db.Set<Dataset>().AsNoTracking().Where(d => d.ProvinceCode == provinceCode).ToListAsync(ct))
        .Select(d => (DatasetFreshnessFacts.Of(d), d.Maintainer, d.MaintainerEmail)).ToList();
}
