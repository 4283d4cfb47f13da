using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Notifications;

/// <summary>A code just issued, shown once on the preferences page with whom to send it to.</summary>
public sealed record LineLinkIssue(string Code, DateTime ExpiresAt, string? OfficialAccountId);

/// <summary>Whether this installation links LINE accounts, and whether the person's is linked.</summary>
public sealed record LineLinkStatus(bool CanLink, bool Linked, string? OfficialAccountId);

public enum LineWebhookOutcome
{
    Handled,
    NotConfigured,
    BadSignature,
    Malformed,
}

/// <summary>
/// LINE accounts are bound by the official-account flow: a signed-in person gets a one-time code, sends it to the
/// official account, and LINE's webhook (signed with the channel secret) brings the message with the sender's LINE
/// user id; the code names the account. Nobody can type someone else's LINE id, so nobody can divert another's notices.
/// </summary>
public sealed class LineAccountLinks(
    IDbContextFactory<OpsDbContext> dbFactory,
    IHttpClientFactory http,
    IOptions<NotificationsOptions> options,
    TimeProvider time,
    ILogger<LineAccountLinks> logger)
{
    /// <summary>LINE delivers at most a few events per request; anything bigger is not LINE.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    private const int MaxEvents = 100;

    public async Task<LineLinkStatus> StatusAsync(Actor actor, CancellationToken ct = default)
    {
        var line = options.Value.Line;
        if (!actor.IsStaff)
        {
            return new LineLinkStatus(line.CanLink, false, line.OfficialAccountId);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var linked = await db.Set<NotificationPreferenceRow>().AnyAsync(p => p.UserId == actor.UserId && p.LineUserId != null, ct);
        return new LineLinkStatus(line.CanLink, linked, line.OfficialAccountId);
    }

    /// <summary>A fresh code for the actor; codes they were given before and did not use stop working.</summary>
    public async Task<(CommandResult Result, LineLinkIssue? Issue)> IssueAsync(Actor actor, CancellationToken ct = default)
    {
        var line = options.Value.Line;
        if (!actor.IsStaff || !NotificationPolicy.Rules.Admits(NotificationPolicy.Read, actor))
        {
            return (CommandResult.Missing("user", "ไม่พบผู้ใช้", "No such user"), null);
        }

        if (!line.CanLink)
        {
            return (CommandResult.Fail("line", "ระบบนี้ยังไม่ได้ตั้งค่าบัญชีทางการ LINE", "This installation has no LINE official account configured"), null);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var code = LineLinkCodes.NewCode();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Set<LineLinkCode>().Where(c => c.UserId == actor.UserId && (c.UsedAt == null || c.ExpiresAt < now)).ExecuteDeleteAsync(ct);
        var row = new LineLinkCode
        {
            UserId = actor.UserId, CodeHash = LineLinkCodes.Hash(LineLinkCodes.Normalise(code)!), CreatedAt = now, ExpiresAt = now + line.LinkCodeLifetime,
        };
        db.Add(row);
        await db.SaveChangesAsync(ct);
        return (CommandResult.Ok(row.Id), new LineLinkIssue(code, row.ExpiresAt, line.OfficialAccountId));
    }

    /// <summary>Forgets the actor's LINE user id and stops their LINE messages.</summary>
    public async Task<CommandResult> UnlinkAsync(Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsStaff)
        {
            return CommandResult.Missing("user", "ไม่พบผู้ใช้", "No such user");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Set<NotificationPreferenceRow>().Where(p => p.UserId == actor.UserId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.LineUserId, (string?)null).SetProperty(p => p.Line, false), ct);
        return CommandResult.Ok();
    }

    /// <summary>One webhook request from LINE: checked against the channel secret before anything in it is read.</summary>
    public async Task<LineWebhookOutcome> HandleWebhookAsync(byte[] body, string? signature, CancellationToken ct = default)
    {
        var line = options.Value.Line;
        if (!line.CanLink)
        {
            return LineWebhookOutcome.NotConfigured;
        }

        if (!LineLinkCodes.SignatureIsValid(body, signature, line.ChannelSecret!))
        {
            return LineWebhookOutcome.BadSignature;
        }

        List<LineWebhookEvent> events;
        try
        {
            events = LineWebhookEvent.Parse(body, MaxEvents);
        }
        catch (JsonException)
        {
            return LineWebhookOutcome.Malformed;
        }

        foreach (var e in events)
        {
            if (e is { Type: "message", SourceType: "user", MessageType: "text", UserId: { } userId })
            {
                var reply = await LinkAsync(userId, e.Text, ct);
                if (e.ReplyToken is { } token)
                {
                    await ReplyAsync(token, reply, ct);
                }
            }
            else if (e is { Type: "unfollow", UserId: { } gone })
            {
                // The person blocked the official account: pushes would fail, so stop them.
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                await db.Set<NotificationPreferenceRow>().Where(p => p.LineUserId == gone)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.LineUserId, (string?)null).SetProperty(p => p.Line, false), ct);
            }
        }

        return LineWebhookOutcome.Handled;
    }

    private async Task<string> LinkAsync(string lineUserId, string? text, CancellationToken ct)
    {
        if (LineLinkCodes.Normalise(text) is not { } normalised)
        {
            return "ส่งรหัสเชื่อมบัญชี (OPS-xxxx-xxxx) จากหน้าตั้งค่าการแจ้งเตือนของ OpsCenter เพื่อรับการแจ้งเตือนทาง LINE\n" +
                   "Send the link code (OPS-xxxx-xxxx) from your OpsCenter notification preferences to get notifications on LINE.";
        }

        var hash = LineLinkCodes.Hash(normalised);
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        // Used once: the update that marks it used is the check, so two deliveries of one code cannot both bind.
        var claimed = await db.Set<LineLinkCode>().Where(c => c.CodeHash == hash && c.UsedAt == null && c.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, now).SetProperty(c => c.LineUserId, lineUserId), ct);
        var code = await db.Set<LineLinkCode>().AsNoTracking().FirstOrDefaultAsync(c => c.CodeHash == hash, ct);
        if (claimed == 0)
        {
            return code?.LineUserId == lineUserId
                ? "บัญชีนี้เชื่อมแล้ว / This account is already linked."
                : "รหัสนี้ไม่ถูกต้อง ใช้แล้ว หรือหมดอายุ กรุณาขอรหัสใหม่ / This code is wrong, used or expired; ask for a new one.";
        }

        // One LINE user, one account: a LINE user linked before to another account is moved, not shared.
        await db.Set<NotificationPreferenceRow>().Where(p => p.LineUserId == lineUserId && p.UserId != code!.UserId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.LineUserId, (string?)null).SetProperty(p => p.Line, false), ct);
        var preference = await db.Set<NotificationPreferenceRow>().FirstOrDefaultAsync(p => p.UserId == code!.UserId, ct);
        if (preference is null)
        {
            preference = new NotificationPreferenceRow { UserId = code!.UserId };
            db.Add(preference);
        }

        preference.LineUserId = lineUserId;
        preference.Line = true;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("LINE account linked for user {UserId}", code!.UserId);
        return "เชื่อมบัญชีเรียบร้อย จะได้รับการแจ้งเตือนของ OpsCenter ทาง LINE / Linked: OpsCenter notifications will now reach you on LINE.";
    }

    private async Task ReplyAsync(string replyToken, string text, CancellationToken ct)
    {
        var line = options.Value.Line;
        if (!line.IsConfigured)
        {
            return;
        }

        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, line.ReplyEndpoint)
            {
                Content = JsonContent.Create(new { replyToken, messages = new[] { new { type = "text", text } } }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", line.ChannelAccessToken);
            using var response = await http.CreateClient(LineSender.HttpClientName).SendAsync(request, ct);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("LINE reply refused: {Status}", (int)response.StatusCode);
            }
        }
        catch (HttpRequestException ex)
        {
            // The binding stands without the reply; the preferences page shows it too.
            logger.LogWarning(ex, "LINE reply failed");
        }
    }
}
