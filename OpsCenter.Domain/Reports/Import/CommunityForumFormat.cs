using System.Globalization;
using CsvHelper;

namespace OpsCenter.Domain.Reports.Import;

/// <summary>
/// Needs gathered at a community forum (เวทีประชาคม), typed by officials into the CSV template
/// (<see cref="TemplateHeader"/>): one row per need, with how many people raised it.
/// </summary>
public sealed class CommunityForumFormat : IImportFormat
{
    public const string TemplateHeader = "record_id,forum_date,forum_name,district_code,subdistrict_code,village,kind,category,description,people_count,lat,long";

    public const string TemplateExample =
        "SRB-F-2569-001-01,15/01/2569,เวทีประชาคมตำบลตาลเดี่ยว,1902,190201,หมู่ 3,need,water-supply,ขอขยายเขตประปาหมู่บ้าน ครัวเรือนกว่า 40 หลังยังใช้น้ำบ่อ,27,,\n" +
        "SRB-F-2569-001-02,15/01/2569,เวทีประชาคมตำบลตาลเดี่ยว,1902,190201,หมู่ 5,need,ถนน,ขอซ่อมถนนลูกรังเข้าหมู่บ้าน ฤดูฝนรถเข้าไม่ได้,19,14.5821,101.0202\n";

    private ImportColumns _columns = new([]);

    public ImportSource Source => ImportSource.CommunityForum;

    public string? CheckHeader(IReadOnlyList<string> headers)
    {
        _columns = new ImportColumns(headers);
        var missing = new[] { "record_id", "forum_date", "category", "description" }.Where(c => !_columns.Has(c)).ToList();
        if (!_columns.Has("district_code") && !_columns.Has("lat"))
        {
            missing.Add("district_code");
        }

        return missing.Count == 0 ? null : $"ไม่มีคอลัมน์ {string.Join(", ", missing)} / Missing columns: {string.Join(", ", missing)}";
    }

    public (ImportRow? Row, string? Rejection) Parse(CsvReader csv, long rowNumber)
    {
        var c = _columns;
        var id = c.Get(csv, "record_id");
        if (id is null || id.Length > 80 || !Intake.SubmissionRules.IsStorableText(id))
        {
            return (null, "ไม่มีรหัสรายการ (record_id) หรือรหัสไม่ถูกต้อง / Missing or malformed record_id");
        }

        var date = TraffyFormat.ParseTimestamp(c.Get(csv, "forum_date"));
        if (date is null)
        {
            return (null, $"อ่านวันที่จัดเวทีไม่ได้ / Unreadable forum_date \"{c.Get(csv, "forum_date")}\"");
        }

        var description = ImportText.Clean(c.Get(csv, "description"), Intake.SubmissionRules.MaxDescription);
        if (description is not { Length: >= Intake.SubmissionRules.MinDescription })
        {
            return (null, "ไม่มีรายละเอียดความต้องการ / No description");
        }

        var village = ImportText.Clean(c.Get(csv, "village"), 200);
        var forum = ImportText.Clean(c.Get(csv, "forum_name"), 200);
        var lat = c.Get(csv, "lat");
        var lon = c.Get(csv, "long") ?? c.Get(csv, "lon");
        var coords = lat is null || lon is null ? null : TraffyFormat.ParseColumns(lat, lon);
        var people = int.TryParse(c.Get(csv, "people_count"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) ? count : 1;
        return (new ImportRow
        {
            RowNumber = rowNumber,
            ExternalId = id,
            Kind = (c.Get(csv, "kind") ?? "need").Trim().ToLowerInvariant() is "complaint" or "ข้อร้องเรียน" or "ร้องเรียน" ? ReportKind.Complaint : ReportKind.Need,
            CategoryCode = c.Get(csv, "category") ?? "other",
            Description = description,
            Latitude = coords?.Lat,
            Longitude = coords?.Lon,
            DistrictCode = Areas.AreaCodes.Normalize(c.Get(csv, "district_code")),
            SubdistrictCode = Areas.AreaCodes.Normalize(c.Get(csv, "subdistrict_code")),
            Address = string.Join(" · ", new[] { village, forum }.Where(x => x is not null)) is { Length: > 0 } place ? place : null,
            ReceivedAt = date.Value,
            Status = ReportStatus.Received,
            ReporterCount = Math.Clamp(people, 1, 100_000),
        }, null);
    }
}
