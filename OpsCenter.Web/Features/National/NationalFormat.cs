using System.Globalization;

namespace OpsCenter.Web.Features.National;

/// <summary>Rates as the comparison shows them, and the tone a rate earns.</summary>
public static class NationalFormat
{
    public static string Percent(double? rate) =>
        rate is { } r ? (r * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "–";

    /// <summary>ok from 80%, warn from 60%, alarm below; neutral where there is nothing to rate yet.</summary>
    public static string Tone(double? rate) => rate switch
    {
        null => "neutral",
        >= 0.8 => "ok",
        >= 0.6 => "warn",
        _ => "alarm",
    };
}
