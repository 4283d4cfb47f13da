using OpsCenter.Domain.Maps;
using OpsCenter.Web.Features.Budget;
using OpsCenter.Web.Shared.Maps;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Maps;

/// <summary>How each map metric is named, formatted and coloured.</summary>
public static class MapMetricText
{
    public static string Name(MapMetric metric) => metric switch
    {
        MapMetric.ReportsPerThousand => T("เรื่องต่อประชากรพันคน", "Reports per 1,000 residents"),
        MapMetric.Open => T("เรื่องที่ยังไม่เสร็จ", "Open reports"),
        MapMetric.Overdue => T("เรื่องเกินกำหนด", "Overdue reports"),
        MapMetric.NeedIndex => T("ดัชนีความต้องการ (ต่อพันคน)", "Need index (per 1,000)"),
        MapMetric.BudgetPerResident => T("งบประมาณต่อประชากร (บาท)", "Budget per resident (baht)"),
        _ => T("อัตราส่วนงบต่อความต้องการ", "Budget-to-need ratio"),
    };

    public static string Format(MapMetric metric, double value) => double.IsNaN(value) ? "–" : metric switch
    {
        MapMetric.Open or MapMetric.Overdue => Number((long)value),
        MapMetric.BudgetPerResident => Number(value, 0),
        _ => Number(value, 2),
    };

    /// <summary>The choropleth: one style per area and a legend, diverging around 1 for the ratio, quantiles otherwise.</summary>
    public static (IReadOnlyDictionary<string, AreaStyle> Styles, MapLegend Legend) Choropleth(IReadOnlyList<MapAreaFigures> areas, MapMetric metric)
    {
        var values = areas.ToDictionary(a => a.Code, a => a.ValueOf(metric));
        var ratio = metric == MapMetric.BudgetToNeedRatio;
        var breaks = ratio ? BudgetFormat.RatioBreaks : ColorScale.QuantileBreaks(values.Values);
        var colors = ratio ? BudgetFormat.RatioColors : ColorScale.Sequential;
        var styles = areas.ToDictionary(a => a.Code, a =>
        {
            var value = values[a.Code];
            var label = $"{Name(metric)}: {Format(metric, value)} · {T("เรื่อง", "reports")} {Number(a.Reports)} · {T("ค้าง", "open")} {Number(a.Open)} · {T("เกินกำหนด", "overdue")} {Number(a.Overdue)}";
            return double.IsNaN(value)
                ? new AreaStyle("#cfd8e3", 0.35, label)
                : new AreaStyle(ColorScale.ColorFor(value, breaks, colors), 0.75, label, value);
        });
        return (styles, ColorScale.Legend(Name(metric), breaks, v => Format(metric, v), colors));
    }
}
