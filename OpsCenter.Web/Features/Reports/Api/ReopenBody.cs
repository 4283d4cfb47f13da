using System.Text.Json;
using OpsCenter.Domain.Common;

namespace OpsCenter.Web.Features.Reports.Api;

/// <summary>The body of a reopen request: {"key": "...", "reason": "..."}.</summary>
public static class ReopenBody
{
    public static (string? Key, string? Reason, FieldError? Error) Read(byte[] body)
    {
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            return (null, null, new FieldError("body", "ข้อมูลไม่ใช่ UTF-8", "The body is not valid UTF-8"));
        }

        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 4 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, new FieldError("body", "ต้องส่งเป็นออบเจ็กต์ JSON", "The body must be a JSON object"));
            }

            string? Text(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            return (Text("key"), Text("reason"), null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return (null, null, new FieldError("body", "JSON ไม่ถูกต้อง", "The body is not valid JSON"));
        }
    }
}
