using System.Globalization;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Budget;

/// <summary>How budget figures read on screen: shares as percentages, ratios with two decimals, colours by ratio.</summary>
public static class BudgetFormat
{
    /// <summary>Red where the cell gets far less than its need justifies, blue where far more, pale in between.</summary>
    public static readonly IReadOnlyList<string> RatioColors = ["#b2182b", "#ef8a62", "#f7f7f7", "#67a9cf", "#2166ac"];

    public static readonly double[] RatioBreaks = [0.5, 0.8, 1.25, 2.0];

    public static string Percent(double share, int decimals = 1) => (share * 100).ToString("0." + new string('0', decimals), CultureInfo.InvariantCulture) + "%";

    public static string Ratio(double ratio) =>
        double.IsNaN(ratio) ? "–" : double.IsPositiveInfinity(ratio) ? T("ไม่มีหลักฐาน", "no evidence") : ratio.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>"17.6%" of the approved budget disbursed, the same figure the "budget disbursed" KPI shows; "–" with nothing approved.</summary>
    public static string DisbursedPercent(BudgetDisbursement disbursement) => disbursement.Percent is { } p ? Percent(p / 100) : "–";

    /// <summary>"เบิกจ่าย 12.3 ล้าน จาก 70.1 ล้าน บาท · ปีงบประมาณ พ.ศ. 2569 (ถึงปัจจุบัน)": the amounts behind the percentage.</summary>
    public static string DisbursedNote(BudgetDisbursement disbursement) =>
        $"{T("เบิกจ่าย", "disbursed")} {Compact(disbursement.Disbursed)} {T("จาก", "of")} {Baht(disbursement.Approved)} · {FiscalYear(disbursement.FiscalYear)}"
        + (disbursement.ToDate ? T(" (ถึงปัจจุบัน)", " (to date)") : "");

    public static string Baht(Money money) => money.ToCompactString(IsThai) + (IsThai ? " บาท" : " THB");

    /// <summary>Without the unit, for table cells under a heading that names it.</summary>
    public static string Compact(Money money) => money.ToCompactString(IsThai);

    public static string RatioColor(double ratio) =>
        double.IsNaN(ratio) ? "#eef1f4" : double.IsPositiveInfinity(ratio) ? RatioColors[^1] : Shared.Maps.ColorScale.ColorFor(ratio, RatioBreaks, RatioColors);

    /// <summary>Background by ratio, with white text on the two dark ends so figures stay readable.</summary>
    public static string CellStyle(double ratio)
    {
        var color = RatioColor(ratio);
        return color == RatioColors[0] || color == RatioColors[^1] ? $"background:{color};color:#fff" : $"background:{color}";
    }

    public static string SectorColor(string sector) => sector switch
    {
        Sectors.Infrastructure => "#6b6ecf",
        Sectors.Water => "#1f77b4",
        Sectors.Environment => "#2ca02c",
        Sectors.Health => "#d62728",
        Sectors.Education => "#9467bd",
        Sectors.Economy => "#bcbd22",
        Sectors.Safety => "#ff7f0e",
        _ => "#8c564b",
    };

    public static string Sector(string code) => BudgetTerms.SectorName(code, IsThai);

    public static string Status(ProjectStatus status) => BudgetTerms.StatusName(status, IsThai);

    public static string Source(BudgetSource source) => BudgetTerms.SourceName(source, IsThai);

    public static string Measure(BudgetMeasure measure) => BudgetTerms.MeasureName(measure, IsThai);

    public static string FiscalYear(int year) => ThaiCalendar.FormatFiscalYear(year, IsThai);
}
