using System.Globalization;
using System.Text.RegularExpressions;

namespace OpsCenter.Domain.Catalog.Uploads;

public enum ColumnType
{
    Empty = 0,
    Integer = 1,
    Decimal = 2,
    Date = 3,
    Boolean = 4,
    Text = 5,
}

/// <summary>The type a column's values share, inferred cell by cell; Thai government files write numbers with thousands separators.</summary>
public static partial class ColumnTypeInference
{
    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ", "d/M/yyyy", "d/M/yyyy H:mm", "dd/MM/yyyy"];

    public static ColumnType OfValue(string? value)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v))
        {
            return ColumnType.Empty;
        }

        if (IntegerPattern().IsMatch(v))
        {
            return ColumnType.Integer;
        }

        if (DecimalPattern().IsMatch(v))
        {
            return ColumnType.Decimal;
        }

        if (v is "true" or "false" or "TRUE" or "FALSE" or "True" or "False")
        {
            return ColumnType.Boolean;
        }

        return TryParseDate(v, out _) ? ColumnType.Date : ColumnType.Text;
    }

    /// <summary>A date in one of the formats the profile recognizes; a zone, when written, is kept as UTC.</summary>
    public static bool TryParseDate(string value, out DateTime date) =>
        DateTime.TryParseExact(value.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AdjustToUniversal, out date);

    /// <summary>An integer as the profile recognizes it ("1,234" included); false for anything else or out of range.</summary>
    public static bool TryParseInteger(string value, out long number) =>
        long.TryParse(value.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);

    public static bool TryParseDecimal(string value, out double number) =>
        double.TryParse(value.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);

    /// <summary>The narrowest type that holds both: integers widen to decimals, anything else mixed is text.</summary>
    public static ColumnType Merge(ColumnType a, ColumnType b)
    {
        if (a == b || b == ColumnType.Empty)
        {
            return a;
        }

        if (a == ColumnType.Empty)
        {
            return b;
        }

        return (a, b) is (ColumnType.Integer, ColumnType.Decimal) or (ColumnType.Decimal, ColumnType.Integer)
            ? ColumnType.Decimal
            : ColumnType.Text;
    }

    [GeneratedRegex(@"^[-+]?(\d+|\d{1,3}(,\d{3})+)$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\d+|\d{1,3}(,\d{3})+)\.\d+$")]
    private static partial Regex DecimalPattern();
}
