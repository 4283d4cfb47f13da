using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Catalog.Uploads;

namespace OpsCenter.Domain.Warehouse;

/// <summary>
/// Which columns hold places (DOPA codes or area names) and times (dates, fiscal, Buddhist-era or common-era years), judged
/// from a column's header and a sample of its distinct values. Headers decide where values alone are ambiguous: two-digit
/// numbers are province codes only under a header that says so, and a number between 2400 and 2700 is a year only under a
/// header that says year.
/// </summary>
public static class ColumnRecognition
{
    /// <summary>A share of distinct values that must be known areas for a column to count as places without a header hint.</summary>
    private const double StrongMatch = 0.8;

    private static readonly string[] SubdistrictHints = ["subdistrict", "sub-district", "sub_district", "tambon", "ตำบล", "แขวง"];
    private static readonly string[] DistrictHints = ["district", "amphoe", "amphur", "อำเภอ", "เขต"];
    private static readonly string[] ProvinceHints = ["province", "changwat", "จังหวัด", "prov"];
    private static readonly string[] CodeHints = ["code", "รหัส", "pcode", "_id", "id", "geocode", "dopa"];
    private static readonly string[] FiscalHints = ["ปีงบ", "fiscal", "budget_year", "budget year", "fy"];
    private static readonly string[] YearHints = ["ปี", "year", "พ.ศ", "yr"];

    public static IReadOnlyList<WarehouseColumn> Recognize(IReadOnlyList<WarehouseColumn> columns, Func<WarehouseColumn, IReadOnlyList<string>> distinctValues, AreaGazetteer gazetteer) =>
        columns.Select(c => Recognize(c, distinctValues, gazetteer)).ToList();

    private static WarehouseColumn Recognize(WarehouseColumn column, Func<WarehouseColumn, IReadOnlyList<string>> distinctValues, AreaGazetteer gazetteer)
    {
        if (column.Type == ColumnType.Date)
        {
            return column with { Role = ColumnRole.Date };
        }

        if (column.Type is not (ColumnType.Integer or ColumnType.Text))
        {
            return column;
        }

        var header = column.Name.ToLowerInvariant();
        var values = distinctValues(column).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        if (values.Count == 0)
        {
            return column;
        }

        if (column.Type == ColumnType.Integer && YearRole(header, values) is { } year)
        {
            return column with { Role = year };
        }

        if (Has(header, FiscalHints) || Has(header, YearHints) && !Has(header, CodeHints))
        {
            return column;
        }

        if (CodeLevel(header, values, gazetteer) is { } codeLevel)
        {
            return column with { Role = ColumnRole.AreaCode, Level = codeLevel };
        }

        return column.Type == ColumnType.Text && NameLevel(header, values, gazetteer) is { } nameLevel
            ? column with { Role = ColumnRole.AreaName, Level = nameLevel }
            : column;
    }

    public static AreaLevel? HintedLevel(string header) =>
        Has(header, SubdistrictHints) ? AreaLevel.Subdistrict
        : Has(header, DistrictHints) ? AreaLevel.District
        : Has(header, ProvinceHints) ? AreaLevel.Province
        : null;

    private static ColumnRole? YearRole(string header, List<string> values)
    {
        var years = values.Select(v => ColumnTypeInference.TryParseInteger(v, out var n) ? n : -1).ToList();
        var fiscal = Has(header, FiscalHints);
        if (!fiscal && !Has(header, YearHints))
        {
            return null;
        }

        if (years.All(y => y is >= 2400 and <= 2700))
        {
            return fiscal ? ColumnRole.FiscalYear : ColumnRole.BuddhistYear;
        }

        return years.All(y => y is >= 1900 and <= 2200) && !fiscal ? ColumnRole.Year : null;
    }

    private static AreaLevel? CodeLevel(string header, List<string> values, AreaGazetteer gazetteer)
    {
        var codes = values.Select(AreaCodes.Normalize).ToList();
        if (codes.Any(c => c is null) || codes.Select(c => c!.Length).Distinct().Count() != 1)
        {
            return null;
        }

        var level = AreaCodes.LevelOf(codes[0])!.Value;
        var inKnownProvince = codes.Count(c => gazetteer.Knows(AreaCodes.ProvinceOf(c!))) / (double)codes.Count;
        var known = codes.Count(c => gazetteer.Knows(c!)) / (double)codes.Count;
        var hinted = Has(header, CodeHints) || HintedLevel(header) is not null;
        return level switch
        {
            AreaLevel.Province when hinted && inKnownProvince >= 0.9 => level,
            AreaLevel.District or AreaLevel.Subdistrict when inKnownProvince >= 0.9 && (hinted || known >= StrongMatch) => level,
            _ => null,
        };
    }

    private static AreaLevel? NameLevel(string header, List<string> values, AreaGazetteer gazetteer)
    {
        var hinted = HintedLevel(header);
        AreaLevel? best = null;
        var bestShare = 0.0;
        foreach (var level in new[] { AreaLevel.Province, AreaLevel.District, AreaLevel.Subdistrict })
        {
            var share = values.Count(v => gazetteer.HasName(level, v)) / (double)values.Count;
            if (level == hinted && share > 0)
            {
                return level;
            }

            if (share > bestShare)
            {
                (best, bestShare) = (level, share);
            }
        }

        return bestShare >= StrongMatch ? best : null;
    }

    private static bool Has(string header, string[] hints)
    {
        foreach (var hint in hints)
        {
            // Short Latin hints ("id", "fy", "yr") must stand as words: "provider" is no province and "daily" no year.
            if (hint.Length <= 4 && hint.All(char.IsAsciiLetter))
            {
                if (header.Split([' ', '_', '-', '.', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Contains(hint))
                {
                    return true;
                }
            }
            else if (header.Contains(hint, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
