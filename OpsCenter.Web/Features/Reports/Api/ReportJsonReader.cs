using System.Text.Json;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Intake;

namespace OpsCenter.Web.Features.Reports.Api;

/// <summary>
/// Reads the JSON intake body by hand, so that every malformation (bad UTF-8, duplicate keys, wrong types, nesting)
/// becomes a 400 naming the field instead of a binder exception.
/// </summary>
public static class ReportJsonReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowDuplicateProperties = false, MaxDepth = 8 };

    public static (ReportSubmission? Submission, IReadOnlyList<FieldError> Errors) Read(ReadOnlyMemory<byte> body)
    {
        if (!System.Text.Unicode.Utf8.IsValid(body.Span))
        {
            return (null, [new FieldError("body", "ข้อมูลไม่ใช่ข้อความ UTF-8 ที่ถูกต้อง", "The body is not valid UTF-8")]);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, Options);
        }
        catch (JsonException ex)
        {
            var where = ex.BytePositionInLine is { } position ? $" (line {ex.LineNumber + 1}, byte {position})" : "";
            var duplicate = ex.Message.Contains("duplicate", StringComparison.OrdinalIgnoreCase);
            return (null, [duplicate
                ? new FieldError("body", "มีชื่อฟิลด์ซ้ำกันใน JSON", "The JSON has a duplicate property" + where)
                : new FieldError("body", "JSON ไม่ถูกต้อง", "The body is not valid JSON" + where)]);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, [new FieldError("body", "ต้องส่งเป็นออบเจ็กต์ JSON", "The body must be a JSON object")]);
            }

            var errors = new List<FieldError>();
            var root = document.RootElement;
            var kindText = Text(root, "kind", errors);
            var submission = new ReportSubmission
            {
                Kind = kindText is null ? null : ParseKind(kindText, errors),
                CategoryCode = Text(root, "category", errors),
                Description = Text(root, "description", errors),
                Latitude = Number(root, "lat", errors),
                Longitude = Number(root, "long", errors),
                DistrictCode = Text(root, "districtCode", errors),
                SubdistrictCode = Text(root, "subdistrictCode", errors),
                Address = Text(root, "address", errors),
                ContactName = Text(root, "name", errors),
                ContactPhone = Text(root, "phone", errors),
                ContactEmail = Text(root, "email", errors),
                Consent = Flag(root, "consent", errors),
                Photo = Photo(root, errors),
            };
            return errors.Count > 0 ? (null, errors) : (submission, []);
        }
    }

    public static ReportKind? ParseKind(string text, List<FieldError>? errors = null)
    {
        var kind = text.Trim().ToLowerInvariant() switch
        {
            "complaint" or "ข้อร้องเรียน" or "ร้องเรียน" => ReportKind.Complaint,
            "need" or "ความต้องการ" => ReportKind.Need,
            _ => (ReportKind?)null,
        };
        if (kind is null)
        {
            errors?.Add(new FieldError("kind", "ประเภทต้องเป็น complaint หรือ need", "kind must be \"complaint\" or \"need\""));
        }

        return kind;
    }

    private static bool TryGet(JsonElement root, string name, out JsonElement value) =>
        root.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    private static string? Text(JsonElement root, string name, List<FieldError> errors)
    {
        if (!TryGet(root, name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(new FieldError(name, $"{name} ต้องเป็นข้อความ", $"{name} must be a string"));
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            // A lone surrogate escape ("\ud800") is valid JSON but not text.
            errors.Add(new FieldError(name, $"{name} มีอักขระที่ไม่ถูกต้อง", $"{name} contains an invalid character escape"));
            return null;
        }
    }

    private static double? Number(JsonElement root, string name, List<FieldError> errors)
    {
        if (!TryGet(root, name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            errors.Add(new FieldError(name, $"{name} ต้องเป็นตัวเลข", $"{name} must be a number"));
            return null;
        }

        return number;
    }

    private static bool Flag(JsonElement root, string name, List<FieldError> errors)
    {
        if (!TryGet(root, name, out var value))
        {
            return false;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            errors.Add(new FieldError(name, $"{name} ต้องเป็น true หรือ false", $"{name} must be true or false"));
            return false;
        }

        return value.GetBoolean();
    }

    /// <summary>A base64 string, optionally a data: URL; the bytes are checked later for being a JPEG or PNG.</summary>
    private static byte[]? Photo(JsonElement root, List<FieldError> errors)
    {
        var text = Text(root, "photo", errors);
        if (text is null)
        {
            return null;
        }

        var comma = text.StartsWith("data:", StringComparison.Ordinal) ? text.IndexOf(',', StringComparison.Ordinal) : -1;
        var payload = comma >= 0 ? text[(comma + 1)..] : text;
        var buffer = new byte[((payload.Length * 3) / 4) + 3];
        if (!Convert.TryFromBase64String(payload, buffer, out var written))
        {
            errors.Add(new FieldError("photo", "รูปภาพต้องเข้ารหัสแบบ base64", "photo must be base64-encoded"));
            return null;
        }

        return buffer[..written];
    }

    public static string Hash(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body));
}
