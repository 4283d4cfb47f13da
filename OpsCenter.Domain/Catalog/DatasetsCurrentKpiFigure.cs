using System.Globalization;
using OpsCenter.Domain.Kpis;

namespace OpsCenter.Domain.Catalog;

/// <summary>
/// The "datasets kept current" KPI: datasets not overdue ÷ all datasets × 100, from the freshness states the home page
/// and the national comparison count. Freshness keeps no past states, so closed months are what was recorded.
/// </summary>
internal sealed class DatasetsCurrentKpiFigure(CatalogQuery catalog) : IKpiFigure
{
    public KpiComputation Computation => KpiComputation.DatasetsCurrent;

    public bool KeepsHistory => false;

    public async Task<KpiFigureValue?> ValueAsync(string provinceCode, DateTime periodStart, DateTime asOf, CancellationToken ct = default)
    {
        var states = await catalog.FreshnessStatesAsync(provinceCode, ct);
        if (states.Count == 0)
        {
            return null;
        }

        var current = states.Count(s => s != FreshnessState.Overdue);
        var (kept, all) = (current.ToString(CultureInfo.InvariantCulture), states.Count.ToString(CultureInfo.InvariantCulture));
        return new KpiFigureValue(current * 100.0 / states.Count,
            $"ชุดข้อมูลที่ไม่ค้างปรับปรุง {kept} จาก {all} ชุด",
            $"{kept} of {all} datasets not overdue for an update");
    }
}
