using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace OpsCenter.Domain.Notifications;

/// <summary>E-mail over SMTP (MailKit): plain text and HTML alternatives, one connection per dispatch pass.</summary>
public sealed class EmailSender(IOptions<NotificationsOptions> options) : INotificationSender
{
    public NotificationChannel Channel => NotificationChannel.Email;

    public INotificationSession OpenSession() => new Session(options.Value.Smtp);

    /// <summary>The MIME message for one send. Its Message-ID is the delivery's, so a resend after a crash is recognisably the same mail.</summary>
    public static MimeMessage Compose(OutgoingMessage message, SmtpOptions smtp)
    {
        var from = MailboxAddress.Parse(smtp.From);
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            MessageId = $"{message.DeliveryId}@{from.Domain}",
            Body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html }.ToMessageBody(),
        };
        mime.From.Add(from);
        if (message.UnsubscribeLink is { } unsubscribe)
        {
            // RFC 8058: the mail client's own unsubscribe button POSTs to the link, with no page to click through.
            mime.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        mime.To.Add(MailboxAddress.Parse(message.Address));
        return mime;
    }

    private sealed class Session(SmtpOptions smtp) : INotificationSession
    {
        private SmtpClient? _client;

        public async Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
        {
            MimeMessage mime;
            try
            {
                mime = Compose(message, smtp);
            }
            catch (ParseException ex)
            {
                throw new NotificationSendException($"ที่อยู่อีเมลไม่ถูกต้อง / invalid e-mail address: {ex.Message}", permanent: true, ex);
            }

            try
            {
                var client = await ConnectedAsync(cancellationToken);
                await client.SendAsync(mime, cancellationToken);
            }
            catch (SmtpCommandException ex) when (ex.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.SenderNotAccepted && (int)ex.StatusCode >= 500)
            {
                throw new NotificationSendException($"SMTP {(int)ex.StatusCode}: {ex.Message}", permanent: true, ex);
            }
            catch (Exception ex) when (ex is SmtpCommandException or SmtpProtocolException or IOException or ServiceNotConnectedException or System.Net.Sockets.SocketException or AuthenticationException)
            {
                await DropAsync();
                throw new NotificationSendException($"SMTP: {ex.Message}", permanent: false, ex);
            }
        }

        public async ValueTask DisposeAsync() => await DropAsync(quit: true);

        private async Task<SmtpClient> ConnectedAsync(CancellationToken ct)
        {
            if (_client is { IsConnected: true })
            {
                return _client;
            }

            _client?.Dispose();
            _client = new SmtpClient { Timeout = 30_000 };
            var security = !smtp.UseTls ? SecureSocketOptions.None : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            await _client.ConnectAsync(smtp.Host ?? "", smtp.Port, security, ct);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await _client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
            }

            return _client;
        }

        private async Task DropAsync(bool quit = false)
        {
            if (_client is null)
            {
                return;
            }

            try
            {
                if (quit && _client.IsConnected)
                {
                    await _client.DisconnectAsync(quit: true, CancellationToken.None);
                }
            }
            catch (Exception ex) when (ex is IOException or SmtpProtocolException or ServiceNotConnectedException)
            {
                // The connection is going away either way.
            }

            _client.Dispose();
            _client = null;
        }
    }
}
