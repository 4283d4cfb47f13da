using System.Globalization;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Web.Features.Reports.Open311;

/// <summary>
/// A report as a GeoReport v2 service request, field by field as <see cref="ReportFieldClassification"/> allows the
/// caller: anyone gets the public fields (area, category, status, dates, a location rounded to about 110 m); a partner
/// app of the report's province also gets the personal ones (description, typed address, exact location, photo).
/// Never a name, phone or e-mail: the contact is not read here at all.
/// </summary>
public static class Open311Requests
{
    public static OrderedDictionary<string, object?> ToRequest(CitizenReport r, ProvinceReportSetup? setup, ReportCategory? category, string? mediaUrl, Actor viewer)
    {
        var visible = ReportFieldClassification.Visible(viewer, r.ProvinceCode, r.OwnerAgencyId);
        var owner = setup?.Agency(r.OwnerAgencyId);
        var place = string.Join(" ", new[] { setup?.Area(r.SubdistrictCode)?.NameTh, setup?.Area(r.DistrictCode)?.NameTh, setup?.NameTh }.Where(x => x is not null));
        var decimals = visible.Contains(ReportField.ExactLocation) ? 6 : ReportFieldClassification.ApproximateDecimals;
        return new OrderedDictionary<string, object?>
        {
            ["service_request_id"] = r.TrackingNumber,
            ["status"] = r.IsOpen ? "open" : "closed",
            ["status_notes"] = r.IsOpen ? null : r.StatusNote ?? ReportStatuses.ThaiName(r.Status),
            ["service_name"] = category?.NameTh ?? r.CategoryCode,
            ["service_code"] = r.CategoryCode,
            ["description"] = visible.Contains(ReportField.Description) ? r.Description : null,
            ["agency_responsible"] = owner?.NameTh,
            ["service_notice"] = category is null ? null : $"กำหนดดำเนินการภายใน {category.SlaHours} ชั่วโมง / Due within {category.SlaHours} hours",
            ["requested_datetime"] = Open311Writer.W3c(r.ReceivedAt),
            ["updated_datetime"] = Open311Writer.W3c(r.UpdatedAt),
            ["expected_datetime"] = r.IsOpen ? Open311Writer.W3c(r.DueAt) : null,
            ["address"] = visible.Contains(ReportField.Address) && r.Address is not null ? r.Address : place,
            ["address_id"] = r.SubdistrictCode ?? r.DistrictCode,
            ["zipcode"] = null,
            ["lat"] = r.Latitude is { } lat ? Math.Round(lat, decimals) : null,
            ["long"] = r.Longitude is { } lon ? Math.Round(lon, decimals) : null,
            ["media_url"] = visible.Contains(ReportField.Photo) ? mediaUrl : null,
            ["kind"] = r.Kind == ReportKind.Need ? "need" : "complaint",
            ["reporter_count"] = r.ReporterCount,
        };
    }

    public static OrderedDictionary<string, object?> ToService(ReportCategory c) => new()
    {
        ["service_code"] = c.Code,
        ["service_name"] = c.NameTh,
        ["description"] = $"{c.NameEn}; กำหนดดำเนินการภายใน {c.SlaHours} ชั่วโมง / due within {c.SlaHours} hours",
        ["metadata"] = true,
        ["type"] = "realtime",
        ["keywords"] = c.NameEn.ToLowerInvariant(),
        ["group"] = Sectors.Find(c.Sector)?.NameTh ?? c.Sector,
    };

    public static OrderedDictionary<string, object?> Definition(ReportCategory c) => new()
    {
        ["service_code"] = c.Code,
        ["attributes"] = new List<object>
        {
            Attribute("kind", "singlevaluelist", 1, "ประเภท: ข้อร้องเรียน หรือ ความต้องการ / Kind: complaint or need", "complaint or need",
                [Value("complaint", "ข้อร้องเรียน / Complaint"), Value("need", "ความต้องการ / Need")]),
            Attribute("district_code", "string", 2, "รหัสอำเภอ (DOPA 4 หลัก) เมื่อไม่มีพิกัด / DOPA district code when there is no lat/long", "4 digits", []),
        },
    };

    private static OrderedDictionary<string, object?> Attribute(string code, string type, int order, string description, string typeDescription, List<object> values) => new()
    {
        ["variable"] = true,
        ["code"] = code,
        ["datatype"] = type,
        ["required"] = false,
        ["datatype_description"] = typeDescription,
        ["order"] = order,
        ["description"] = description,
        ["values"] = values,
    };

    private static OrderedDictionary<string, object?> Value(string key, string name) => new() { ["key"] = key, ["name"] = name };

    /// <summary>Intake's field names in the spec's words, so an error names what the partner sent.</summary>
    public static string FieldName(string field) => field switch
    {
        "category" => "service_code",
        "districtCode" => "attribute[district_code]",
        "subdistrictCode" => "address_id",
        "name" => "first_name",
        "photo" => "media",
        "kind" => "attribute[kind]",
        _ => field,
    };

    public static bool TryParseDate(string? text, out DateTime utc)
    {
        utc = default;
        if (string.IsNullOrWhiteSpace(text) || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return false;
        }

        // A window is computed back from these; 0001-01-01 minus 90 days is no date at all.
        if (value.Year is < 1970 or > 2999)
        {
            return false;
        }

        utc = value.UtcDateTime;
        return true;
    }
}
