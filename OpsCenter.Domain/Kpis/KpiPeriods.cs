using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Kpis;

/// <summary>KPI periods are Bangkok calendar months, stored as the UTC instant of their first midnight.</summary>
public static class KpiPeriods
{
    public static DateTime MonthStart(int gregorianYear, int month) => ThaiCalendar.FromBangkok(new DateTime(gregorianYear, month, 1));

    public static DateTime MonthContaining(DateTime utc)
    {
        var local = ThaiCalendar.ToBangkok(utc);
        return MonthStart(local.Year, local.Month);
    }

    /// <summary>The period <paramref name="months"/> after (or before, when negative) the one starting at <paramref name="periodStartUtc"/>.</summary>
    public static DateTime Shift(DateTime periodStartUtc, int months) => ThaiCalendar.AddBangkokMonths(periodStartUtc, months);

    /// <summary>"ต.ค. 68" / "Oct 25".</summary>
    public static string Label(DateTime periodStartUtc, bool thai)
    {
        var local = ThaiCalendar.ToBangkok(periodStartUtc);
        return ThaiCalendar.FormatMonth(local.Year, local.Month, thai);
    }
}
