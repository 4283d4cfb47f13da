using System.Globalization;

namespace OpsCenter.Domain.Reports.Import;

/// <summary>
/// The quirks of real Traffy Fondue exports, as pure functions: "lon,lat" coordinates (or swapped Latitute/Longitude
/// columns), Postgres-array labels, Thai or English states that keep growing, UTC or Bangkok-local timestamps.
/// </summary>
public static class TraffyFormat
{
    private static readonly string[] UtcFormats =
    [
        "yyyy-MM-dd HH:mm:ss.FFFFFFzz", "yyyy-MM-dd HH:mm:ss.FFFFFFzzz", "yyyy-MM-dd HH:mm:sszz", "yyyy-MM-dd HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFF'Z'",
    ];

    private static readonly string[] LocalFormats = ["d/M/yyyy H:mm", "d/M/yyyy H:mm:ss", "d/M/yyyy"];

    /// <summary>Label → category, in priority order: the first label that maps decides.</summary>
    private static readonly (string Label, string Category)[] CategoryByLabel =
    [
        ("น้ำท่วม", "flood"), ("ท่อระบายน้ำ", "drainage"), ("คลอง", "drainage"), ("ถนน", "road"), ("สะพาน", "road"),
        ("ทางเท้า", "footpath"), ("แสงสว่าง", "lighting"), ("ไฟฟ้า", "lighting"), ("สายไฟ", "lighting"),
        ("PM2.5", "pm25"), ("ฝุ่นควัน", "pm25"), ("ความสะอาด", "cleanliness"), ("ห้องน้ำ", "cleanliness"),
        ("เสียงรบกวน", "noise"), ("ความปลอดภัย", "safety"), ("จุดเสี่ยง", "safety"), ("จราจร", "traffic"),
        ("ป้ายจราจร", "traffic"), ("กีดขวาง", "traffic"), ("การเดินทาง", "traffic"), ("สัตว์จรจัด", "stray-animals"),
        ("คนจรจัด", "welfare"), ("น้ำประปา", "water-supply"), ("ประปา", "water-supply"),
    ];

    /// <summary>"100.87281,13.81565" (longitude first) → (13.81565, 100.87281).</summary>
    public static (double Lat, double Lon)? ParseCoords(string? coords)
    {
        if (string.IsNullOrWhiteSpace(coords))
        {
            return null;
        }

        var parts = coords.Split(',', StringSplitOptions.TrimEntries);
        return parts.Length == 2 ? Plausible(Number(parts[0]), Number(parts[1])) : null;
    }

    /// <summary>
    /// Separate latitude and longitude columns, trusting the names unless the values contradict them: one Traffy export
    /// puts longitude (100.x) under "Latitute" and latitude (13.x) under "Longitude", and no latitude exceeds 90.
    /// </summary>
    public static (double Lat, double Lon)? ParseColumns(string? latitudeColumn, string? longitudeColumn)
    {
        var lat = Number(latitudeColumn);
        var lon = Number(longitudeColumn);
        if (lat is null || lon is null)
        {
            return null;
        }

        return Math.Abs(lat.Value) > 90 && Math.Abs(lon.Value) <= 90 ? Plausible(lat, lon) : Plausible(lon, lat);
    }

    /// <summary>"{ถนน,ทางเท้า}", "ถนน,ทางเท้า" or "{}" → the labels, trimmed, without empties.</summary>
    public static IReadOnlyList<string> ParseLabels(string? type)
    {
        if (string.IsNullOrWhiteSpace(type))
        {
            return [];
        }

        var inner = type.Trim().TrimStart('{').TrimEnd('}');
        return inner.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Trim('"'))
            .Where(l => l.Length > 0)
            .ToList();
    }

    public static string CategoryOf(IReadOnlyList<string> labels)
    {
        foreach (var (label, category) in CategoryByLabel)
        {
            if (labels.Any(l => l.Contains(label, StringComparison.Ordinal)))
            {
                return category;
            }
        }

        return "other";
    }

    /// <summary>Known Thai and English states; anything new is treated as not yet taken up (received) and kept verbatim elsewhere.</summary>
    public static ReportStatus StatusOf(string? state) => (state ?? "").Trim() switch
    {
        "เสร็จสิ้น" or "finish" or "finished" => ReportStatus.Resolved,
        "กำลังดำเนินการ" or "inprogress" or "ติดตามเรื่อง" or "follow" or "ของบประมาณ" => ReportStatus.InProgress,
        "ส่งต่อ(ใหม่)" or "ส่งต่อ" or "forward" or "ส่งเรื่องแล้ว" => ReportStatus.Forwarded,
        "ไม่เกี่ยวข้อง" or "irrelevant" => ReportStatus.Rejected,
        _ => ReportStatus.Received,
    };

    public static bool IsKnownState(string? state) =>
        (state ?? "").Trim() is "" or "เสร็จสิ้น" or "finish" or "finished" or "กำลังดำเนินการ" or "inprogress" or "ติดตามเรื่อง" or "follow"
            or "ของบประมาณ" or "ส่งต่อ(ใหม่)" or "ส่งต่อ" or "forward" or "ส่งเรื่องแล้ว" or "ไม่เกี่ยวข้อง" or "irrelevant" or "รอรับเรื่อง" or "start" or "report";

    /// <summary>"2023-05-12 13:27:54.482138+00" (UTC) or "28/11/2023 21:01" (Bangkok local time) → UTC.</summary>
    public static DateTime? ParseTimestamp(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        if (ParseExportUtc(value) is { } fast)
        {
            return fast;
        }

        if (DateTimeOffset.TryParseExact(value, UtcFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withZone))
        {
            return withZone.UtcDateTime;
        }

        if (DateTime.TryParseExact(value, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            // Thai exports write Buddhist-era years now and then.
            if (local.Year > 2400)
            {
                local = local.AddYears(-Common.ThaiCalendar.BuddhistEraOffset);
            }

            return Common.ThaiCalendar.FromBangkok(local);
        }

        return DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? Common.ThaiCalendar.FromBangkok(day)
            : null;
    }

    /// <summary>
    /// The common export shape "2023-05-12 13:27:54.482138+00", read by hand: a hundred thousand rows spend seconds in
    /// the general parser, milliseconds here. Anything else returns null and goes to the general parser.
    /// </summary>
    private static DateTime? ParseExportUtc(ReadOnlySpan<char> s)
    {
        if (s.Length < 22 || s[4] != '-' || s[7] != '-' || s[10] != ' ' || s[13] != ':' || s[16] != ':' || !s.EndsWith("+00"))
        {
            return null;
        }

        var fraction = s[19..^3];
        if (!int.TryParse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) ||
            !int.TryParse(s[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out var month) ||
            !int.TryParse(s[8..10], NumberStyles.None, CultureInfo.InvariantCulture, out var day) ||
            !int.TryParse(s[11..13], NumberStyles.None, CultureInfo.InvariantCulture, out var hour) ||
            !int.TryParse(s[14..16], NumberStyles.None, CultureInfo.InvariantCulture, out var minute) ||
            !int.TryParse(s[17..19], NumberStyles.None, CultureInfo.InvariantCulture, out var second) ||
            month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month) || hour > 23 || minute > 59 || second > 59 || year is < 1 or > 9999)
        {
            return null;
        }

        long ticks = 0;
        if (fraction.Length > 0)
        {
            if (fraction[0] != '.' || fraction.Length > 8 || !long.TryParse(fraction[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var digits))
            {
                return null;
            }

            ticks = digits * (long)Math.Pow(10, 7 - (fraction.Length - 1));
        }

        return new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(ticks);
    }

    /// <summary>"จังหวัดกรุงเทพมหานคร" and "กรุงเทพมหานคร" are the same province; prefixes and spaces go.</summary>
    public static string NormalizePlaceName(string? name)
    {
        var value = (name ?? "").Trim();
        foreach (var prefix in new[] { "จังหวัด", "จ.", "อำเภอ", "อ.", "เขต", "ตำบล", "ต.", "แขวง" })
        {
            if (value.StartsWith(prefix, StringComparison.Ordinal))
            {
                value = value[prefix.Length..].Trim();
                break;
            }
        }

        return value.Replace(" ", "", StringComparison.Ordinal);
    }

    private static double? Number(string? text) =>
        double.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    private static (double Lat, double Lon)? Plausible(double? lon, double? lat) =>
        lon is { } x && lat is { } y && x is >= -180 and <= 180 && y is >= -90 and <= 90 && !(x == 0 && y == 0) ? (y, x) : null;
}
