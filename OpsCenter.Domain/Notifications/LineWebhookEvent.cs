using System.Text.Json;

namespace OpsCenter.Domain.Notifications;

/// <summary>
/// The parts of a LINE webhook event the account link reads: <c>{"destination": "U…", "events": [{"type": "message",
/// "source": {"type": "user", "userId": "U…"}, "replyToken": "…", "message": {"type": "text", "text": "…"}, …}]}</c>.
/// Other fields (webhookEventId, deliveryContext, mode, timestamp) are left as they come.
/// </summary>
public sealed record LineWebhookEvent(string? Type, string? SourceType, string? UserId, string? ReplyToken, string? MessageType, string? Text)
{
    /// <summary>The events of one request; throws <see cref="JsonException"/> when the body is not LINE's shape.</summary>
    public static List<LineWebhookEvent> Parse(byte[] body, int maxEvents)
    {
        using var document = JsonDocument.Parse(body);
        if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("events", out var events) ||
            events.ValueKind != JsonValueKind.Array || events.GetArrayLength() > maxEvents)
        {
            throw new JsonException("A LINE webhook body is an object with an events array");
        }

        return [.. events.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(e => new LineWebhookEvent(
            StringOf(e, "type"),
            e.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.Object ? StringOf(source, "type") : null,
            source.ValueKind == JsonValueKind.Object ? StringOf(source, "userId") : null,
            StringOf(e, "replyToken"),
            e.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object ? StringOf(message, "type") : null,
            message.ValueKind == JsonValueKind.Object ? StringOf(message, "text") : null))];
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
