using Microsoft.AspNetCore.Components;
using OpsCenter.Domain.Areas.Boundaries;
using OpsCenter.Domain.National;
using OpsCenter.Web.Components.Layout;
using OpsCenter.Web.Shared.Maps;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.National;

/// <summary>The provinces on a map, coloured by one of the comparison's rates in the table's traffic-light bands.</summary>
public partial class NationalMap
{

    private static readonly (string Key, string Thai, string English, Func<ProvinceRollup, double?> Rate)[] Metrics =
    [
        ("sla", "แก้ไขทันกำหนด", "Resolved in time", p => p.Sla.OnTimeRate),
        ("fresh", "ชุดข้อมูลเป็นปัจจุบัน", "Datasets up to date", p => p.Freshness.UpToDateRate),
        ("kpi", "ตัวชี้วัดบรรลุเป้า", "KPIs on track", p => p.Kpis.OnTrackRate),
        ("budget", "งบสอดคล้องกับความต้องการ", "Budget aligned with need", p => p.Budget.Alignment),
    ];

    /// <summary>The rate bands of the table's traffic lights, so map and table agree.</summary>
    private static readonly (string Color, string Tone)[] Bands = [(OpsTheme.Alarm, "alarm"), (OpsTheme.Warn, "warn"), (OpsTheme.Ok, "ok"), ("#b0b8c4", "neutral")];

    [Inject]
    private AreaBoundaries Boundaries { get; set; } = default!;

    private MapState state = new();
    private string metric = "sla";

    [Parameter, EditorRequired]
    public IReadOnlyList<ProvinceRollup> Provinces { get; set; } = [];

    protected override void OnParametersSet() => Restyle();

    private void Restyle()
    {
        var (_, th, en, rate) = Metrics.First(m => m.Key == metric);
        state = new MapState
        {
            BoundariesUrl = $"/api/national/provinces.geojson?v={Boundaries.Version}",
            AreaStyles = Provinces.ToDictionary(p => p.Code, p => new AreaStyle(
                Bands.First(b => b.Tone == NationalFormat.Tone(rate(p))).Color,
                Label: $"{T(th, en)} {NationalFormat.Percent(rate(p))}", Value: rate(p))),
            Legend = new MapLegend(T(th, en),
            [
                new(Bands[2].Color, T("ตั้งแต่ 80%", "80% or more")),
                new(Bands[1].Color, "60–79%"),
                new(Bands[0].Color, T("ต่ำกว่า 60%", "under 60%")),
                new(Bands[3].Color, T("ยังไม่มีข้อมูล", "nothing to rate yet")),
            ]),
            Language = IsThai ? "th" : "en",
            ShowLabels = true,
        };
    }
}
