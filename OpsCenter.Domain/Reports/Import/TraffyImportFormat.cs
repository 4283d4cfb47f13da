using System.Globalization;
using CsvHelper;

namespace OpsCenter.Domain.Reports.Import;

/// <summary>Traffy Fondue CSV exports, old and new layouts (coords or Latitute/Longitude; extra columns ignored).</summary>
public sealed class TraffyImportFormat : IImportFormat
{
    private ImportColumns _columns = new([]);

    public ImportSource Source => ImportSource.Traffy;

    public string? CheckHeader(IReadOnlyList<string> headers)
    {
        _columns = new ImportColumns(headers);
        var missing = new[] { "ticket_id", "timestamp" }.Where(c => !_columns.Has(c)).ToList();
        if (!_columns.Has("coords") && !(_columns.Has("latitute") || _columns.Has("latitude")) && !_columns.Has("province"))
        {
            missing.Add("coords");
        }

        return missing.Count == 0 ? null : $"ไม่มีคอลัมน์ {string.Join(", ", missing)} / Missing columns: {string.Join(", ", missing)}";
    }

    public (ImportRow? Row, string? Rejection) Parse(CsvReader csv, long rowNumber)
    {
        var c = _columns;
        var id = c.Get(csv, "ticket_id");
        if (id is null)
        {
            return (null, "ไม่มีเลขที่เรื่อง (ticket_id) / No ticket_id");
        }

        if (id.Length > 80 || !Intake.SubmissionRules.IsStorableText(id))
        {
            return (null, "เลขที่เรื่องยาวเกินหรือมีอักขระที่ไม่อนุญาต / The ticket_id is too long or malformed");
        }

        var received = TraffyFormat.ParseTimestamp(c.Get(csv, "timestamp"));
        if (received is null)
        {
            return (null, $"อ่านวันเวลาไม่ได้ / Unreadable timestamp \"{c.Get(csv, "timestamp")}\"");
        }

        var coords = TraffyFormat.ParseCoords(c.Get(csv, "coords"))
                     ?? TraffyFormat.ParseColumns(c.Get(csv, "latitute") ?? c.Get(csv, "latitude"), c.Get(csv, "longitude"));
        var labels = TraffyFormat.ParseLabels(c.Get(csv, "type") ?? c.Get(csv, "type_plain"));
        var state = c.Get(csv, "state");
        var status = TraffyFormat.StatusOf(state);
        var finished = status is ReportStatus.Resolved or ReportStatus.Rejected
            ? TraffyFormat.ParseTimestamp(c.Get(csv, "timestamp_finished")) ?? TraffyFormat.ParseTimestamp(c.Get(csv, "last_activity")) ?? received
            : null;
        var description = ImportText.Clean(c.Get(csv, "comment"), Intake.SubmissionRules.MaxDescription);
        return (new ImportRow
        {
            RowNumber = rowNumber,
            ExternalId = id,
            Kind = ReportKind.Complaint,
            CategoryCode = TraffyFormat.CategoryOf(labels),
            Description = description is { Length: >= 1 } ? description : $"(ไม่มีรายละเอียด) {string.Join(", ", labels)}".Trim(),
            Latitude = coords?.Lat,
            Longitude = coords?.Lon,
            ProvinceName = c.Get(csv, "province"),
            DistrictName = c.Get(csv, "district"),
            SubdistrictName = c.Get(csv, "subdistrict"),
            Address = ImportText.Clean(c.Get(csv, "address"), 500),
            ReceivedAt = received.Value,
            ResolvedAt = finished < received ? received : finished,
            Status = status,
            ExternalStatus = ImportText.Clean(state, 60),
            PhotoUrl = ImportText.Url(c.Get(csv, "photo")),
            ReopenCount = int.TryParse(c.Get(csv, "count_reopen"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var reopen) && reopen is >= 0 and < 1000 ? reopen : 0,
        }, null);
    }
}
