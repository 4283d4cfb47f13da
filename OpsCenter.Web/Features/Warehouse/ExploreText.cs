using System.Globalization;
using OpsCenter.Domain.Catalog.Uploads;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Warehouse;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Warehouse;

/// <summary>The explorer's words: grouping and measure names, and group keys as people read them (area names, Thai months and years).</summary>
public static class ExploreText
{
    public static IEnumerable<(string Code, string Label)> Groupings(WarehouseTable table)
    {
        if (table.AreaLevel is { } finest)
        {
            yield return ("area-1", T("จังหวัด", "Province"));
            if (finest >= Domain.Areas.AreaLevel.District)
            {
                yield return ("area-2", T("อำเภอ", "District"));
            }

            if (finest >= Domain.Areas.AreaLevel.Subdistrict)
            {
                yield return ("area-3", T("ตำบล", "Subdistrict"));
            }
        }

        foreach (var column in table.Columns)
        {
            if (column.Type == ColumnType.Date)
            {
                yield return ($"month:{column.Name}", $"{column.Name} · {T("รายเดือน", "by month")}");
                yield return ($"year:{column.Name}", $"{column.Name} · {T("รายปี พ.ศ.", "by year")}");
                yield return ($"fy:{column.Name}", $"{column.Name} · {T("รายปีงบประมาณ", "by fiscal year")}");
            }
            else if (!column.IsNumeric || column.IsTime || column.IsPlace)
            {
                yield return ($"col:{column.Name}", column.Name);
            }
        }
    }

    public static string MeasureName(ExploreView view) => view.Measure switch
    {
        Measure.Sum => $"{T("ผลรวม", "Sum of")} {view.Of}",
        Measure.Average => $"{T("ค่าเฉลี่ย", "Average of")} {view.Of}",
        Measure.RatePerThousand when view.PerLabel is { } per => $"{view.Of ?? T("จำนวนแถว", "Rows")} {T("ต่อ 1,000", "per 1,000")} {per}",
        Measure.RatePerThousand => view.Of is null ? T("จำนวนแถวต่อประชากรพันคน", "Rows per 1,000 residents") : $"{view.Of} {T("ต่อประชากรพันคน", "per 1,000 residents")}",
        _ => T("จำนวนแถว", "Rows"),
    };

    public static string GroupingName(WarehouseTable table, string? code) =>
        Groupings(table).FirstOrDefault(g => g.Code == code).Label ?? code ?? "";

    public static string Key(string? grouping, string? key, IReadOnlyDictionary<string, GazetteerArea> areas)
    {
        if (key is null)
        {
            return T("(ไม่ระบุ)", "(none)");
        }

        if (ExploreView.AreaLevelOf(grouping) is not null)
        {
            return areas.TryGetValue(key, out var area) ? T(area.NameTh, area.NameEn) : key;
        }

        if (grouping?.StartsWith("month:", StringComparison.Ordinal) == true
            && DateTime.TryParseExact(key, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return ThaiCalendar.FormatMonth(month.Year, month.Month, IsThai);
        }

        return grouping?.StartsWith("fy:", StringComparison.Ordinal) == true ? $"{T("ปีงบประมาณ", "FY")} {key}"
            : grouping?.StartsWith("year:", StringComparison.Ordinal) == true ? $"{T("พ.ศ.", "BE")} {key}"
            : key;
    }
}
