using OpsCenter.Domain.Kpis;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Kpis;

public static class KpiText
{
    public static string Status(KpiStatus status, KpiDirection direction) => Say(KpiWords.Of(status, direction));

    public static string Say(KpiWord word) => T(word.Thai, word.English);

    public static string Tone(KpiStatus status) => status switch
    {
        KpiStatus.OnTrack => "ok",
        KpiStatus.AtRisk => "warn",
        KpiStatus.OffTrack => "alarm",
        _ => "neutral",
    };

    public static string Trend(KpiTrendDirection trend) => trend switch
    {
        KpiTrendDirection.Improving => T("▲ ดีขึ้น", "▲ improving"),
        KpiTrendDirection.Worsening => T("▼ แย่ลง", "▼ worsening"),
        KpiTrendDirection.Flat => T("● ทรงตัว", "● flat"),
        _ => "",
    };

    public static string Aggregation(Kpi kpi) => kpi.IsComputed ? Source(kpi) : Aggregation(kpi.Aggregation);

    public static string Aggregation(KpiAggregation aggregation) => aggregation switch
    {
        KpiAggregation.Sum => T("ผลรวมของทุกหน่วยงาน", "sum of the owners' parts"),
        KpiAggregation.WeightedAverage => T("ค่าเฉลี่ยถ่วงน้ำหนักของทุกหน่วยงาน", "weighted mean of the owners' parts"),
        _ => T("หน่วยงานหลักรายงาน หน่วยงานร่วมรับผิดชอบตามบทบาท", "the lead reports; co-owners answer for their parts"),
    };

    public static string Direction(KpiDirection direction) =>
        direction == KpiDirection.HigherIsBetter ? T("ยิ่งสูงยิ่งดี", "higher is better") : T("ยิ่งต่ำยิ่งดี", "lower is better");

    /// <summary>The KPI's unit in the reader's language ("ราย" / "deaths").</summary>
    public static string Unit(Kpi kpi) => T(kpi.Unit, kpi.UnitEn ?? kpi.Unit);

    public static string Value(double? value, string unit) => value is not { } v ? "-" : unit == "%" ? $"{Number(v, 1)}%" : $"{Number(v, 1)} {unit}";

    /// <summary>"ต.ค. 69" for a closed month; for the running one "เดือนนี้ (ยังไม่ครบเดือน)", since its value is to date.</summary>
    public static string Period(KpiPoint point) =>
        point.Partial ? T("เดือนนี้ (ยังไม่ครบเดือน)", "this month (partial)") : KpiPeriods.Label(point.PeriodStart, IsThai);

    public static string Source(Kpi kpi) => kpi.Computation switch
    {
        KpiComputation.BudgetDisbursed => T("คำนวณจากงบประมาณโครงการในระบบ", "computed from the projects' budget lines"),
        KpiComputation.ComplaintsResolvedOnTime => T("คำนวณจากเรื่องร้องเรียนในระบบ", "computed from the citizen reports"),
        KpiComputation.DatasetsCurrent => T("คำนวณจากบัญชีข้อมูลในระบบ", "computed from the data catalog"),
        KpiComputation.Indicator => T("วัดจากชุดข้อมูลในคลังข้อมูล ทุกครั้งที่มีข้อมูลฉบับใหม่", "measured from a warehouse dataset at each new version"),
        _ => T("หน่วยงานเจ้าของรายงาน", "reported by its owners"),
    };
}
