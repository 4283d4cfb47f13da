namespace OpsCenter.Domain.Common;

/// <summary>Thai civil time: the Buddhist era, the government fiscal year (1 Oct – 30 Sep) and Bangkok local time.</summary>
public static class ThaiCalendar
{
    public const int BuddhistEraOffset = 543;

    /// <summary>Thailand has kept UTC+7 without daylight saving since 1920; a fixed offset avoids depending on the host's tz database.</summary>
    public static readonly TimeSpan BangkokOffset = TimeSpan.FromHours(7);

    private static readonly string[] ThaiMonthsShort =
        ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];

    private static readonly string[] ThaiMonthsLong =
        ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"];

    private static readonly string[] ThaiWeekdays =
        ["วันอาทิตย์", "วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์"];

    private static readonly string[] EnglishMonthsShort =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static int ToBuddhistYear(int gregorianYear) => gregorianYear + BuddhistEraOffset;

    public static int ToGregorianYear(int buddhistYear) => buddhistYear - BuddhistEraOffset;

    public static DateTime ToBangkok(DateTime utc) => EnsureUtc(utc).Add(BangkokOffset);

    public static DateTime FromBangkok(DateTime bangkokLocal) =>
        DateTime.SpecifyKind(bangkokLocal - BangkokOffset, DateTimeKind.Utc);

    /// <summary>The Thai fiscal year (in the Buddhist era) that contains an instant: FY 2569 runs 1 Oct 2025 – 30 Sep 2026, Bangkok time.</summary>
    /// <summary>
    /// Months added on the Bangkok calendar: 1 December Bangkok (30 November 17:00 UTC) minus one month is 1 November
    /// Bangkok, not 30 October 17:00 UTC as <see cref="DateTime.AddMonths"/> on the UTC instant would give.
    /// </summary>
    public static DateTime AddBangkokMonths(DateTime utc, int months) => FromBangkok(ToBangkok(utc).AddMonths(months));

    public static int FiscalYearOf(DateTime utc)
    {
        var local = ToBangkok(utc);
        var gregorianFiscalYear = local.Month >= 10 ? local.Year + 1 : local.Year;
        return ToBuddhistYear(gregorianFiscalYear);
    }

    /// <summary>The first instant (UTC) of a Buddhist-era fiscal year: midnight Bangkok on 1 October of the previous Gregorian year.</summary>
    public static DateTime FiscalYearStartUtc(int buddhistFiscalYear) =>
        FromBangkok(new DateTime(ToGregorianYear(buddhistFiscalYear) - 1, 10, 1, 0, 0, 0, DateTimeKind.Unspecified));

    /// <summary>The first instant after a fiscal year, so a year is the half-open range [start, end).</summary>
    public static DateTime FiscalYearEndUtc(int buddhistFiscalYear) => FiscalYearStartUtc(buddhistFiscalYear + 1);

    /// <summary>Quarter 1–4 of the fiscal year (Q1 = Oct–Dec).</summary>
    public static int FiscalQuarterOf(DateTime utc)
    {
        var month = ToBangkok(utc).Month;
        return ((month + 2) % 12 / 3) + 1;
    }

    /// <summary>"21 พ.ย. 2569" in Thai, "21 Nov 2026" in English.</summary>
    public static string FormatDate(DateTime utc, bool thai)
    {
        var d = ToBangkok(utc);
        return thai
            ? $"{d.Day} {ThaiMonthsShort[d.Month - 1]} {ToBuddhistYear(d.Year)}"
            : $"{d.Day} {EnglishMonthsShort[d.Month - 1]} {d.Year}";
    }

    /// <summary>"21 พ.ย. 2569 14:05 น." in Thai, "21 Nov 2026 14:05" in English.</summary>
    public static string FormatDateTime(DateTime utc, bool thai)
    {
        var d = ToBangkok(utc);
        var time = $"{d.Hour:00}:{d.Minute:00}";
        return thai ? $"{FormatDate(utc, true)} {time} น." : $"{FormatDate(utc, false)} {time}";
    }

    /// <summary>"วันเสาร์ที่ 21 พฤศจิกายน พ.ศ. 2569", the long form used on wall clocks and minutes.</summary>
    public static string FormatLongThaiDate(DateTime utc)
    {
        var d = ToBangkok(utc);
        return $"{ThaiWeekdays[(int)d.DayOfWeek]}ที่ {d.Day} {ThaiMonthsLong[d.Month - 1]} พ.ศ. {ToBuddhistYear(d.Year)}";
    }

    /// <summary>"พ.ย. 69" style month label for charts.</summary>
    public static string FormatMonth(int gregorianYear, int month, bool thai) =>
        thai
            ? $"{ThaiMonthsShort[month - 1]} {ToBuddhistYear(gregorianYear) % 100:00}"
            : $"{EnglishMonthsShort[month - 1]} {gregorianYear % 100:00}";

    public static string FormatFiscalYear(int buddhistFiscalYear, bool thai) =>
        thai ? $"ปีงบประมาณ พ.ศ. {buddhistFiscalYear}" : $"FY {ToGregorianYear(buddhistFiscalYear)} (BE {buddhistFiscalYear})";

    public static DateTime EnsureUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
