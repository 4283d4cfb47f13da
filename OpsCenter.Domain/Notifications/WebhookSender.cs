using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Notifications;

/// <summary>
/// Signed webhooks: POST the JSON payload with X-OpsCenter-Signature = "sha256=" + hex(HMAC-SHA256(secret,
/// timestamp + "." + body)), the timestamp in X-OpsCenter-Timestamp (so a captured post cannot be replayed later) and
/// the delivery id in X-OpsCenter-Delivery (the same on every retry, for the receiver to de-duplicate).
/// </summary>
public sealed class WebhookSender(IHttpClientFactory http, IDbContextFactory<OpsDbContext> dbFactory, TimeProvider time) : INotificationSender
{
    public const string SignatureHeader = "X-OpsCenter-Signature";
    public const string TimestampHeader = "X-OpsCenter-Timestamp";
    public const string DeliveryHeader = "X-OpsCenter-Delivery";

    public NotificationChannel Channel => NotificationChannel.Webhook;

    public INotificationSession OpenSession() => new Session(http.CreateClient(LineSender.HttpClientName), dbFactory, time);

    public static string Sign(string secret, string timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    public static string Payload(OutgoingMessage message, WebhookMessage content) => JsonSerializer.Serialize(new
    {
        delivery = message.DeliveryId,
        kind = content.Kind,
        province = content.ProvinceCode,
        subject = message.Subject,
        textTh = content.BodyTh,
        textEn = content.BodyEn,
        link = content.Link,
        createdAt = content.CreatedAt,
    });

    private sealed class Session(HttpClient client, IDbContextFactory<OpsDbContext> dbFactory, TimeProvider time) : INotificationSession
    {
        public async Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
        {
            var webhookId = int.Parse(message.Address, CultureInfo.InvariantCulture);
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var webhook = await db.Set<AgencyWebhook>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == webhookId, cancellationToken)
                ?? throw new NotificationSendException("ไม่พบเว็บฮุกนี้แล้ว / the webhook was removed", permanent: true);
            var body = Payload(message, message.Webhook ?? throw new InvalidOperationException("A webhook message needs its content."));
            var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add(SignatureHeader, Sign(webhook.Secret, timestamp, body));
            request.Headers.Add(TimestampHeader, timestamp);
            request.Headers.Add(DeliveryHeader, message.DeliveryId);
            using var response = await client.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new NotificationSendException($"webhook {(int)response.StatusCode}", HttpFailures.IsPermanent(response.StatusCode));
            }
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>What a webhook post carries besides the rendered text.</summary>
public sealed record WebhookMessage(string Kind, string ProvinceCode, string BodyTh, string BodyEn, string Link, DateTime CreatedAt);
