using System.Globalization;
using System.Net;
using System.Text;

namespace OpsCenter.Domain.Notifications;

/// <summary>What one send carries, rendered: plain text and HTML, Thai first. <see cref="DeliveryId"/> is stable across retries.</summary>
public sealed record OutgoingMessage(NotificationChannel Channel, string Address, string DeliveryId, string Subject, string Text, string Html)
{
    /// <summary>The one-click unsubscribe link of a citizen's message; mail goes out with List-Unsubscribe headers for it.</summary>
    public string? UnsubscribeLink { get; init; }

    /// <summary>The structured content a webhook posts; null for other channels.</summary>
    public WebhookMessage? Webhook { get; init; }
}

/// <summary>
/// The message templates: one notification, or a digest of several, in the person's language (Thai first with English
/// below, or English alone); links absolute.
/// </summary>
public static class NotificationTemplates
{
    /// <summary>A digest lists at most this many; the rest are counted and waiting in the notification centre.</summary>
    public const int DigestListed = 50;

    public static OutgoingMessage Render(OutgoingBatch batch, IReadOnlyDictionary<long, Notification> rows, string? unsubscribeLink = null)
    {
        var deliveryId = batch.IsDigest ? $"digest-{batch.Messages[0].Id}-{batch.Messages.Count}" : $"n{batch.Messages[0].Id}";
        var first = rows[batch.Messages[0].Id];
        var english = first.Language == NoticeLanguage.English;
        return batch.IsDigest ? Digest(batch, deliveryId, english) : Single(batch, first, deliveryId, unsubscribeLink, english);
    }

    private static OutgoingMessage Single(OutgoingBatch batch, Notification row, string deliveryId, string? unsubscribeLink, bool english)
    {
        var text = new StringBuilder();
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"").Append(english ? "en" : "th").Append("\"><body style=\"font-family:Sarabun,Tahoma,sans-serif\">");
        if (!english)
        {
            text.AppendLine(row.BodyTh).AppendLine().AppendLine(row.Link).AppendLine().AppendLine("—").AppendLine();
            html.Append("<p>").Append(Paragraphs(row.BodyTh)).Append("</p>")
                .Append("<p><a href=\"").Append(WebUtility.HtmlEncode(row.Link)).Append("\">ดูรายละเอียด</a></p><hr>");
        }

        text.AppendLine(row.BodyEn).AppendLine().AppendLine(row.Link);
        html.Append("<p lang=\"en\">").Append(Paragraphs(row.BodyEn)).Append("</p>")
            .Append("<p lang=\"en\"><a href=\"").Append(WebUtility.HtmlEncode(row.Link)).Append("\">Open</a></p>");
        if (unsubscribeLink is not null)
        {
            var label = english ? "Unsubscribe" : "ยกเลิกการรับข่าวสาร / Unsubscribe";
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{(english ? "Unsubscribe" : "ไม่ต้องการรับข่าวสารอีก / Unsubscribe")}: {unsubscribeLink}");
            html.Append("<p style=\"font-size:small\"><a href=\"").Append(WebUtility.HtmlEncode(unsubscribeLink))
                .Append("\">").Append(label).Append("</a></p>");
        }

        html.Append("</body></html>");
        return new OutgoingMessage(batch.Channel, batch.Address, deliveryId, row.Subject, text.ToString(), html.ToString())
        {
            UnsubscribeLink = unsubscribeLink,
            Webhook = batch.Channel == NotificationChannel.Webhook ? new WebhookMessage(row.Kind, row.ProvinceCode, row.BodyTh, row.BodyEn, row.Link, row.CreatedAt) : null,
        };
    }

    private static OutgoingMessage Digest(OutgoingBatch batch, string deliveryId, bool english)
    {
        var count = batch.Messages.Count;
        var listed = batch.Messages.Take(DigestListed).ToList();
        var heading = english ? $"You have {count} notifications" : $"ท่านมีการแจ้งเตือน {count} รายการ / You have {count} notifications";
        var text = new StringBuilder().AppendLine(heading).AppendLine();
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"").Append(english ? "en" : "th").Append("\"><body style=\"font-family:Sarabun,Tahoma,sans-serif\">")
            .Append("<p>").Append(WebUtility.HtmlEncode(heading)).Append("</p><ul>");
        foreach (var m in listed)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {m.Subject}").AppendLine(CultureInfo.InvariantCulture, $"  {m.Link}");
            html.Append("<li><a href=\"").Append(WebUtility.HtmlEncode(m.Link)).Append("\">").Append(WebUtility.HtmlEncode(m.Subject)).Append("</a></li>");
        }

        html.Append("</ul>");
        if (count > listed.Count)
        {
            var more = count - listed.Count;
            var rest = english ? $"and {more} more in the notification centre" : $"และอีก {more} รายการในศูนย์การแจ้งเตือน / and {more} more in the notification centre";
            text.AppendLine().AppendLine(rest);
            html.Append("<p>").Append(WebUtility.HtmlEncode(rest)).Append("</p>");
        }

        html.Append("</body></html>");
        var subject = english ? $"{count} notifications" : $"สรุปการแจ้งเตือน {count} รายการ / {count} notifications";
        return new OutgoingMessage(batch.Channel, batch.Address, deliveryId, subject, text.ToString(), html.ToString());
    }

    private static string Paragraphs(string text) => WebUtility.HtmlEncode(text).Replace("\n", "<br>", StringComparison.Ordinal);
}
