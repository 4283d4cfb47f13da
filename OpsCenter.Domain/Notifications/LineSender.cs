using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace OpsCenter.Domain.Notifications;

/// <summary>
/// LINE push messages (Messaging API: POST /v2/bot/message/push) to the user id an account bound through the official
/// account. Every request carries an X-Line-Retry-Key derived from the delivery, so a retry after a timeout is executed
/// by LINE at most once; LINE answers 409 to a key it already accepted, which counts as sent.
/// </summary>
public sealed class LineSender(IHttpClientFactory http, IOptions<NotificationsOptions> options) : INotificationSender
{
    public const string HttpClientName = "notifications";

    /// <summary>LINE's limit for one text message.</summary>
    private const int MaxText = 5000;

    public NotificationChannel Channel => NotificationChannel.Line;

    public INotificationSession OpenSession() => new Session(http.CreateClient(HttpClientName), options.Value.Line);

    /// <summary>A UUID that is the same for every attempt of one delivery, as the retry key must be.</summary>
    public static Guid RetryKey(string deliveryId)
    {
        var hash = MD5.HashData(Encoding.UTF8.GetBytes("opscenter-line:" + deliveryId));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x30);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash, bigEndian: true);
    }

    public static object Body(OutgoingMessage message)
    {
        var text = $"{message.Subject}\n\n{message.Text}".Trim();
        return new { to = message.Address, messages = new[] { new { type = "text", text = text.Length > MaxText ? text[..MaxText] : text } } };
    }

    private sealed class Session(HttpClient client, LineOptions line) : INotificationSession
    {
        public async Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, line.Endpoint) { Content = JsonContent.Create(Body(message)) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", line.ChannelAccessToken);
            request.Headers.Add("X-Line-Retry-Key", RetryKey(message.DeliveryId).ToString("D"));
            using var response = await client.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Conflict)
            {
                return;
            }

            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new NotificationSendException($"LINE {(int)response.StatusCode}: {Shorten(detail)}", HttpFailures.IsPermanent(response.StatusCode));
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private static string Shorten(string text) => text.Length > 300 ? text[..300] : text;
    }
}

public static class HttpFailures
{
    /// <summary>A refusal that a retry will not change (bad request, bad token, unknown user); time-outs, 429 and 5xx are retried.</summary>
    public static bool IsPermanent(HttpStatusCode status) =>
        (int)status is >= 400 and < 500 && status is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests);
}
