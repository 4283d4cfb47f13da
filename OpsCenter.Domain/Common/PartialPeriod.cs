namespace OpsCenter.Domain.Common;

/// <summary>
/// A period that is still running holds figures to date, not whole ones: the current Bangkok month has had a few days,
/// the current fiscal year a few months. Series flag such a point so that a chart does not read its shortfall as a fall.
/// </summary>
public static class PartialPeriod
{
    /// <summary>True when <paramref name="nowUtc"/> falls inside the Bangkok calendar month.</summary>
    public static bool IsMonth(int gregorianYear, int month, DateTime nowUtc)
    {
        var local = ThaiCalendar.ToBangkok(nowUtc);
        return local.Year == gregorianYear && local.Month == month;
    }

    /// <summary>True for the month starting at <paramref name="monthStartUtc"/> (a Bangkok month's first midnight, in UTC) while it runs.</summary>
    public static bool IsMonthStarting(DateTime monthStartUtc, DateTime nowUtc)
    {
        var local = ThaiCalendar.ToBangkok(monthStartUtc);
        return IsMonth(local.Year, local.Month, nowUtc);
    }

    /// <summary>True when <paramref name="nowUtc"/> falls inside the Buddhist-era fiscal year (1 October to 30 September).</summary>
    public static bool IsFiscalYear(int buddhistFiscalYear, DateTime nowUtc) =>
        nowUtc >= ThaiCalendar.FiscalYearStartUtc(buddhistFiscalYear) && nowUtc < ThaiCalendar.FiscalYearEndUtc(buddhistFiscalYear);
}
