using System.Globalization;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Intake;
using OpsCenter.Web.Features.Reports.Api;

namespace OpsCenter.Web.Features.Reports.Open311;

/// <summary>
/// POST requests.json: a partner's service request, form-encoded (or multipart with a media file), into the one intake.
/// As GeoReport v2 allows: api_key in the body or the query string (the open311 Python client puts it there), location
/// as lat/long, address_string (placed among the province's own districts and subdistricts) or address_id, and no
/// description required.
/// </summary>
public static class Open311Post
{
    public static async Task<IResult> SubmitAsync(
        string format, HttpContext http, ReportIntakeService intake, Open311Partners partners, ReportReferenceData reference, IntakeRateLimiter limiter, CancellationToken ct)
    {
        if (!Open311Writer.IsKnownFormat(format))
        {
            return Open311Api.UnknownFormat();
        }

        if (!http.Request.HasFormContentType)
        {
            return Open311Writer.Error(format, StatusCodes.Status415UnsupportedMediaType,
                "Content-Type: ส่งแบบ application/x-www-form-urlencoded หรือ multipart/form-data / Send application/x-www-form-urlencoded or multipart/form-data");
        }

        http.Request.EnableBuffering();
        var (body, tooLarge) = await RequestBodies.ReadAsync(http.Request, RequestBodies.JsonLimit, ct);
        if (tooLarge)
        {
            return Open311Writer.Error(format, StatusCodes.Status413PayloadTooLarge, "body: ข้อมูลใหญ่เกิน 8 MB / The request is larger than 8 MB");
        }

        http.Request.Body.Position = 0;
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Open311Writer.Error(format, StatusCodes.Status400BadRequest, "body: อ่านข้อมูลฟอร์มไม่ได้ / The form body is malformed");
        }

        string? Field(string name) => form[name].Count > 0 && !string.IsNullOrWhiteSpace(form[name].ToString()) ? form[name].ToString() : http.Request.Query[name].FirstOrDefault();
        var partner = await partners.FindAsync(Field("api_key"), ct);
        if (partner is null)
        {
            return Open311Writer.Error(format, StatusCodes.Status403Forbidden, "api_key: ไม่มีหรือไม่ถูกต้อง / Missing or invalid api_key");
        }

        var (jurisdiction, jurisdictionError) = await Open311Jurisdiction.ResolveAsync(format, Field("jurisdiction_id"), reference, ct);
        if (jurisdictionError is not null)
        {
            return jurisdictionError;
        }

        if (jurisdiction is not null && jurisdiction != partner.ProvinceCode)
        {
            return Open311Writer.Error(format, StatusCodes.Status403Forbidden,
                $"jurisdiction_id: api_key นี้ใช้กับเขต {partner.ProvinceCode} / This api_key is for jurisdiction {partner.ProvinceCode}");
        }

        if (limiter.TryAcquire(IntakeRateLimiter.PartnerKey(partner.Id)) is { } wait)
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Open311Writer.Error(format, StatusCodes.Status429TooManyRequests, "api_key: ส่งถี่เกินไป / Too many requests; see Retry-After");
        }

        var (key, invalidKey) = RequestBodies.IdempotencyKey(http.Request);
        if (invalidKey)
        {
            return Open311Writer.Error(format, StatusCodes.Status400BadRequest, "Idempotency-Key: ต้องเป็นอักขระ ASCII 1–200 ตัว / must be 1–200 visible ASCII characters");
        }

        var (submission, errors) = await ReadAsync(form, await reference.ProvinceAsync(partner.ProvinceCode, ct), await reference.CategoriesAsync(ct), ct);
        if (submission is null)
        {
            return Open311Writer.Errors(format, StatusCodes.Status400BadRequest, errors.Select(Describe));
        }

        var context = new IntakeContext(ReportChannel.Open311, $"open311:{partner.Name}",
            key is null ? null : $"open311:{partner.Id}:{key}", ReportJsonReader.Hash(body));
        var outcome = await intake.SubmitAsync(submission, context, ct);
        if (outcome.KeyConflict)
        {
            return Open311Writer.Error(format, StatusCodes.Status422UnprocessableEntity,
                "Idempotency-Key: ใช้กับคำขออื่นไปแล้ว / already used with a different request body");
        }

        if (outcome.Receipt is not { } receipt)
        {
            return Open311Writer.Errors(format, StatusCodes.Status400BadRequest, outcome.Errors.Select(Describe));
        }

        http.Response.Headers.Location = $"/open311/v2/requests/{receipt.TrackingNumber}.{format}";
        if (receipt.Replayed)
        {
            http.Response.Headers["Idempotent-Replayed"] = "true";
        }

        return Open311Writer.Write(format, "service_requests", new List<object>
        {
            new OrderedDictionary<string, object?>
            {
                ["service_request_id"] = receipt.TrackingNumber,
                // GeoReport v2 has no field for a reporter's secret: the notice carries the link with the key (partners
                // show it to the citizen) and "token" carries the key itself for clients that keep it apart.
                ["token"] = receipt.ReporterKey,
                ["service_notice"] = $"ติดตามหรือขอเปิดเรื่องใหม่ได้ที่ {receipt.TrackUrl} กำหนดเสร็จ {Open311Writer.W3c(receipt.ExpectedAt)} / Track or reopen at {receipt.TrackUrl}",
                ["account_id"] = null,
            },
        }, StatusCodes.Status201Created);
    }

    /// <summary>
    /// The spec makes description optional and sets no minimum; the intake wants a few words for the officer, so a
    /// missing or very short one is completed with the service's name.
    /// </summary>
    private static string? Description(string? text, ReportCategory? service)
    {
        if (service is null || text?.Trim().Length >= SubmissionRules.MinDescription)
        {
            return text;
        }

        return text is null ? $"แจ้งเรื่อง{service.NameTh} (ผ่าน Open311)" : $"{service.NameTh}: {text.Trim()}";
    }

    private static string Describe(FieldError e) => $"{Open311Requests.FieldName(e.Field)}: {e.Thai} / {e.English}";

    private static async Task<(ReportSubmission? Submission, List<FieldError> Errors)> ReadAsync(
        IFormCollection form, ProvinceReportSetup? province, IReadOnlyDictionary<string, ReportCategory> categories, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        string? Text(string name) => form[name].Count == 0 || string.IsNullOrWhiteSpace(form[name].ToString()) ? null : form[name].ToString();
        double? Number(string name)
        {
            var text = Text(name);
            if (text is null)
            {
                return null;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            {
                return value;
            }

            errors.Add(new FieldError(name, $"{name} ต้องเป็นตัวเลข", $"{name} must be a number"));
            return null;
        }

        var latitude = Number("lat");
        var longitude = Number("long");
        var addressId = Domain.Areas.AreaCodes.Normalize(Text("address_id"));
        if (latitude is null && longitude is null && addressId is null && Text("attribute[district_code]") is null)
        {
            if (Text("address_string") is not { } address)
            {
                errors.Add(new FieldError("lat", "ต้องระบุ lat และ long หรือ address_string หรือ address_id", "Give lat and long, or address_string, or address_id"));
            }
            else if (AddressGeocoder.Locate(address, province?.Areas.Values ?? []) is { } placed)
            {
                addressId = placed;
            }
            else
            {
                errors.Add(new FieldError("address_string", $"ไม่พบอำเภอหรือตำบลของจังหวัด{province?.NameTh}ในที่อยู่นี้ ระบุ lat/long หรือ address_id",
                    $"No district or subdistrict of {province?.NameEn} is named in this address; give lat/long or address_id"));
            }
        }

        var kind = Text("attribute[kind]") is { } kindText ? ReportJsonReader.ParseKind(kindText, errors) : ReportKind.Complaint;
        var name = string.Join(' ', new[] { Text("first_name"), Text("last_name") }.Where(n => n is not null));
        byte[]? photo = null;
        if (form.Files.GetFile("media") is { } file)
        {
            if (file.Length > Domain.Reports.ImageFormats.MaxPhotoBytes)
            {
                errors.Add(new FieldError("photo", "รูปภาพต้องมีขนาดไม่เกิน 5 MB", "The photo must be 5 MB or smaller"));
            }
            else
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                photo = buffer.ToArray();
            }
        }

        var submission = new ReportSubmission
        {
            Kind = kind,
            CategoryCode = Text("service_code"),
            Description = Description(Text("description"), categories.GetValueOrDefault(Text("service_code") ?? "")),
            Latitude = latitude,
            Longitude = longitude,
            SubdistrictCode = addressId?.Length == 6 ? addressId : null,
            DistrictCode = Text("attribute[district_code]") ?? (addressId?.Length == 4 ? addressId : null),
            Address = Text("address_string"),
            ContactName = name.Length == 0 ? null : name,
            ContactPhone = Text("phone"),
            ContactEmail = Text("email"),

            // Open311 has no consent field: a partner collects its users' consent under its agreement with the
            // province, and the contact's ConsentSource names the partner.
            Consent = true,
            Photo = photo,
            PhotoUrl = Text("media_url"),
        };
        return errors.Count > 0 ? (null, errors) : (submission, errors);
    }
}
