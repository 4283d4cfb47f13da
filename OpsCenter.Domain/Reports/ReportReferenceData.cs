using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Reports;

public sealed record AgencyName(int Id, string Code, string NameTh, string NameEn, AgencyKind Kind);

public sealed record AreaName(string Code, string NameTh, string NameEn, string? ParentCode);

/// <summary>What intake and routing need to know about one province, read once a minute instead of once a report.</summary>
public sealed record ProvinceReportSetup(
    string ProvinceCode,
    string NameTh,
    string NameEn,
    string TrackingPrefix,
    int CentralQueueAgencyId,
    IReadOnlyDictionary<int, AgencyName> Agencies,
    IReadOnlyDictionary<string, int> DistrictOffices,
    IReadOnlyList<RoutingRule> Rules,
    IReadOnlyDictionary<string, AreaName> Areas)
{
    public AgencyName? Agency(int? id) => id is { } value && Agencies.TryGetValue(value, out var agency) ? agency : null;

    public AreaName? Area(string? code) => code is not null && Areas.TryGetValue(code, out var area) ? area : null;
}

/// <summary>
/// Categories, agencies, areas and routing rules, cached for a minute: they change rarely and intake reads them on
/// every report. <see cref="Invalidate"/> after editing them.
/// </summary>
public sealed class ReportReferenceData(IDbContextFactory<OpsDbContext> dbFactory, TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Snapshot? _snapshot;

    public async Task<IReadOnlyDictionary<string, ReportCategory>> CategoriesAsync(CancellationToken cancellationToken = default) =>
        (await SnapshotAsync(cancellationToken)).Categories;

    public async Task<ProvinceReportSetup?> ProvinceAsync(string provinceCode, CancellationToken cancellationToken = default) =>
        (await SnapshotAsync(cancellationToken)).Provinces.GetValueOrDefault(provinceCode);

    /// <summary>The province's districts and subdistricts in code order, for pickers; none for a province not installed.</summary>
    public async Task<IReadOnlyList<AreaName>> AreasAsync(string provinceCode, CancellationToken cancellationToken = default) =>
        (await ProvinceAsync(provinceCode, cancellationToken))?.Areas.Values.OrderBy(a => a.Code, StringComparer.Ordinal).ToList() ?? [];

    /// <summary>The province's districts in code order, for pickers; none for a province not installed.</summary>
    public async Task<IReadOnlyList<AreaName>> DistrictsAsync(string provinceCode, CancellationToken cancellationToken = default) =>
        (await ProvinceAsync(provinceCode, cancellationToken))?.Areas.Values
            .Where(a => AreaCodes.LevelOf(a.Code) == AreaLevel.District).OrderBy(a => a.Code, StringComparer.Ordinal).ToList() ?? [];

    public async Task<IReadOnlyCollection<string>> ProvinceCodesAsync(CancellationToken cancellationToken = default) =>
        (await SnapshotAsync(cancellationToken)).Provinces.Keys.ToList();

    public void Invalidate() => _snapshot = null;

    private async Task<Snapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (_snapshot is { } current && now - current.LoadedAt < Lifetime)
        {
            return current;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is { } fresh && now - fresh.LoadedAt < Lifetime)
            {
                return fresh;
            }

            return _snapshot = await LoadAsync(now, cancellationToken);
        }
        finally
        {
            _loading.Release();
        }
    }

    private async Task<Snapshot> LoadAsync(DateTime now, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var categories = await db.Set<ReportCategory>().AsNoTracking().ToDictionaryAsync(c => c.Code, ct);
        var agencies = await db.Set<Agency>().AsNoTracking().Include(a => a.Areas).ToListAsync(ct);
        var rules = await db.Set<RoutingRule>().AsNoTracking().OrderBy(r => r.Id).ToListAsync(ct);
        var areas = await db.Set<Area>().AsNoTracking()
            .Select(a => new { a.Code, a.Level, a.ProvinceCode, a.NameTh, a.NameEn, a.ParentCode })
            .ToListAsync(ct);

        var provinces = new Dictionary<string, ProvinceReportSetup>();
        foreach (var province in areas.Where(a => a.Level == AreaLevel.Province))
        {
            var own = agencies.Where(a => a.ProvinceCode == province.Code).ToList();
            var office = own.Where(a => a.Kind == AgencyKind.ProvincialOffice).OrderBy(a => a.Id).FirstOrDefault();
            if (office is null)
            {
                continue;
            }

            var prefix = office.Code.EndsWith("-PO", StringComparison.Ordinal) ? office.Code[..^3] : "R" + province.Code;
            provinces[province.Code] = new ProvinceReportSetup(
                province.Code, province.NameTh, province.NameEn, prefix, office.Id,
                own.ToDictionary(a => a.Id, a => new AgencyName(a.Id, a.Code, a.NameTh, a.NameEn, a.Kind)),
                own.Where(a => a.Kind == AgencyKind.DistrictOffice)
                    .SelectMany(a => a.Areas.Where(x => x.AreaCode.Length == 4).Select(x => (x.AreaCode, a.Id)))
                    .GroupBy(x => x.AreaCode).ToDictionary(g => g.Key, g => g.First().Id),
                rules.Where(r => r.ProvinceCode == province.Code).ToList(),
                areas.Where(a => a.ProvinceCode == province.Code && a.Level != AreaLevel.Province)
                    .ToDictionary(a => a.Code, a => new AreaName(a.Code, a.NameTh, a.NameEn, a.ParentCode)));
        }

        return new Snapshot(now, categories, provinces);
    }

    private sealed record Snapshot(DateTime LoadedAt, IReadOnlyDictionary<string, ReportCategory> Categories, IReadOnlyDictionary<string, ProvinceReportSetup> Provinces);
}
