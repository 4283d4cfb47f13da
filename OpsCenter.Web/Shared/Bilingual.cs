using System.Globalization;

namespace OpsCenter.Web.Shared;

/// <summary>
/// UI text lives where it is used, Thai beside English: <c>@T("หน้าหลัก", "Home")</c>. Keeping both languages on one line
/// means a feature never edits a shared resource file and a missing translation is visible in review.
/// </summary>
public static class Bilingual
{
    public static bool IsThai => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th";

    public static string T(string thai, string english) => IsThai ? thai : english;

    public static string Number(long value) => value.ToString("#,##0", CultureInfo.InvariantCulture);

    public static string Number(double value, int decimals = 1) =>
        value.ToString(decimals == 0 ? "#,##0" : "#,##0." + new string('0', decimals), CultureInfo.InvariantCulture);

    /// <summary>Buddhist-era date in Thai ("21 พ.ย. 2569"), Gregorian in English.</summary>
    public static string FormatDate(DateTime utc) => Domain.Common.ThaiCalendar.FormatDate(utc, IsThai);

    public static string FormatDateTime(DateTime utc) => Domain.Common.ThaiCalendar.FormatDateTime(utc, IsThai);
}
