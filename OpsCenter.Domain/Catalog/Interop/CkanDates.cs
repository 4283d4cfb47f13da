using System.Globalization;
using System.Text.RegularExpressions;

namespace OpsCenter.Domain.Catalog.Interop;

/// <summary>Solr's date syntax: an ISO instant or NOW, then date math such as <c>-1DAY</c>, <c>+6MONTHS</c>, <c>/DAY</c>.</summary>
public static partial class CkanDates
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd",
    ];

    /// <summary>The instant, or null when the text is not a Solr date.</summary>
    public static DateTime? Parse(string text, DateTime nowUtc)
    {
        var match = DateMath().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var anchor = match.Groups["anchor"].Value;
        DateTime value;
        if (anchor == "NOW")
        {
            value = nowUtc;
        }
        else if (!DateTime.TryParseExact(anchor, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out value))
        {
            return null;
        }

        try
        {
            foreach (Match step in Step().Matches(text, anchor.Length))
            {
                value = Apply(value, step.Value);
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }

        return value;
    }

    private static DateTime Apply(DateTime value, string step)
    {
        var unitStart = step.IndexOfAny([.. "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]);
        var unit = step[unitStart..].TrimEnd('S');
        if (step[0] == '/')
        {
            return unit switch
            {
                "YEAR" => new DateTime(value.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc),
                "MONTH" => new DateTime(value.Year, value.Month, 1, 0, 0, 0, DateTimeKind.Utc),
                "DAY" or "DATE" => value.Date,
                "HOUR" => value.Date.AddHours(value.Hour),
                "MINUTE" => value.Date.AddHours(value.Hour).AddMinutes(value.Minute),
                _ => value.AddTicks(-(value.Ticks % TimeSpan.TicksPerSecond)),
            };
        }

        var amount = int.Parse(step[..unitStart], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return unit switch
        {
            "YEAR" => value.AddYears(amount),
            "MONTH" => value.AddMonths(amount),
            "DAY" or "DATE" => value.AddDays(amount),
            "HOUR" => value.AddHours(amount),
            "MINUTE" => value.AddMinutes(amount),
            "SECOND" => value.AddSeconds(amount),
            _ => value.AddMilliseconds(amount),
        };
    }

    private const string Units = "(?:YEARS?|MONTHS?|DAYS?|DATE|HOURS?|MINUTES?|SECONDS?|MILLISECONDS?|MILLIS?)";

    [GeneratedRegex($@"^(?<anchor>NOW|\d{{4}}-\d{{2}}-\d{{2}}(?:T\d{{2}}:\d{{2}}:\d{{2}}(?:\.\d{{1,7}})?Z?)?)(?:[+-]\d{{1,6}}{Units}|/{Units})*$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex DateMath();

    [GeneratedRegex($@"[+-]\d{{1,6}}{Units}|/{Units}", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Step();
}
