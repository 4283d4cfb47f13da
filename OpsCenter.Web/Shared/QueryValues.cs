using System.Globalization;

namespace OpsCenter.Web.Shared;

/// <summary>Query-string numbers read leniently: anything that is not one is as if absent.</summary>
public static class QueryValues
{
    public static int? Int(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
