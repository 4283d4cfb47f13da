using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Notifications;

public sealed record DispatchResult(int Claimed, int Sent, int Retrying, int DeadLettered, int Messages);

/// <summary>
/// Sends what is due. Rows are claimed with a token and a lease in one statement, so two instances never send the same
/// row; each send is recorded as soon as it is accepted, with a token that is never cancelled, so a stop between
/// messages leaves nothing half-recorded. A claim whose lease ran out (its process died) is sent again.
/// </summary>
public sealed class NotificationDispatcher(
    IDbContextFactory<OpsDbContext> dbFactory,
    IEnumerable<INotificationSender> senders,
    CitizenUnsubscribe unsubscribe,
    IOptions<NotificationsOptions> options,
    TimeProvider time,
    ILogger<NotificationDispatcher> logger)
{
    /// <summary>A single send may take this long before it counts as failed; sends are never cut short by a stop.</summary>
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(60);

    public async Task<DispatchResult> DispatchOnceAsync(CancellationToken ct = default)
    {
        var settings = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var rows = await ClaimAsync(now, settings, ct);
        if (rows.Count == 0)
        {
            return new DispatchResult(0, 0, 0, 0, 0);
        }

        var byId = rows.ToDictionary(r => r.Id);
        var batches = DigestRule.Batch(rows.Select(r => r.ToPending()), settings.DigestThreshold);
        int sent = 0, retrying = 0, dead = 0, messages = 0;
        var sessions = new Dictionary<NotificationChannel, INotificationSession>();
        try
        {
            foreach (var batch in batches)
            {
                if (ct.IsCancellationRequested)
                {
                    break;
                }

                var ids = batch.Messages.Select(m => m.Id).ToList();
                var sender = senders.FirstOrDefault(s => s.Channel == batch.Channel);
                if (sender is null)
                {
                    dead += await FailAsync(ids, byId, "ช่องทางนี้ยังไม่ได้ตั้งค่า / channel not configured", permanent: true, settings);
                    continue;
                }

                if (!sessions.TryGetValue(batch.Channel, out var session))
                {
                    session = sender.OpenSession();
                    sessions[batch.Channel] = session;
                }

                var single = byId[batch.Messages[0].Id];
                var unsubscribeLink = !batch.IsDigest && single.CitizenReportId is { } reportId
                    ? new NotificationLinks(settings.PublicBaseUrl).Unsubscribe(unsubscribe.TokenFor(reportId))
                    : null;
                var message = NotificationTemplates.Render(batch, byId, unsubscribeLink);
                try
                {
                    using var timeout = new CancellationTokenSource(SendTimeout);
                    await session.SendAsync(message, timeout.Token);
                }
                catch (Exception ex)
                {
                    var permanent = ex is NotificationSendException { Permanent: true };
                    logger.LogWarning(ex, "Sending notification(s) {Ids} on {Channel} failed", ids, batch.Channel);
                    var failed = await FailAsync(ids, byId, ex.Message, permanent, settings);
                    dead += failed;
                    retrying += ids.Count - failed;
                    continue;
                }

                await MarkSentAsync(ids, batch.Messages.Count);
                sent += ids.Count;
                messages++;
            }
        }
        finally
        {
            foreach (var session in sessions.Values)
            {
                await session.DisposeAsync();
            }
        }

        return new DispatchResult(rows.Count, sent, retrying, dead, messages);
    }

    private async Task<List<Notification>> ClaimAsync(DateTime now, NotificationsOptions settings, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var due = db.Set<Notification>()
            .Where(n => (n.Status == NotificationStatus.Pending && n.NotBefore <= now) || (n.Status == NotificationStatus.Sending && n.ClaimedUntil < now));
        var first = await due.OrderBy(n => n.Id).Select(n => new { n.Id, n.Address }).Take(settings.BatchSize).ToListAsync(ct);
        if (first.Count == 0)
        {
            return [];
        }

        // Everything due for the same addresses comes along, so one person's burst is one digest, not one per batch.
        var addresses = first.Select(f => f.Address).Distinct().ToList();
        var candidates = await due.Where(n => addresses.Contains(n.Address)).Select(n => n.Id).ToListAsync(ct);

        var token = Guid.NewGuid().ToString("N");
        var until = now + settings.ClaimLease;

        // The condition is checked again as each row is updated, so a row another instance claimed first is skipped.
        await db.Set<Notification>()
            .Where(n => candidates.Contains(n.Id) &&
                        ((n.Status == NotificationStatus.Pending && n.NotBefore <= now) || (n.Status == NotificationStatus.Sending && n.ClaimedUntil < now)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(n => n.Status, NotificationStatus.Sending)
                .SetProperty(n => n.ClaimToken, token)
                .SetProperty(n => n.ClaimedUntil, until)
                .SetProperty(n => n.Attempts, n => n.Attempts + 1), ct);
        return await db.Set<Notification>().AsNoTracking().Where(n => n.ClaimToken == token).OrderBy(n => n.Id).ToListAsync(ct);
    }

    private async Task MarkSentAsync(List<long> ids, int batchSize)
    {
        var now = time.GetUtcNow().UtcDateTime;

        // Never cancelled: the message is out, and the record of it must not be lost to a stop.
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        await db.Set<Notification>().Where(n => ids.Contains(n.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(n => n.Status, NotificationStatus.Sent)
            .SetProperty(n => n.SentAt, now)
            .SetProperty(n => n.SentInBatchOf, batchSize)
            .SetProperty(n => n.ClaimToken, (string?)null)
            .SetProperty(n => n.ClaimedUntil, (DateTime?)null)
            .SetProperty(n => n.LastError, (string?)null), CancellationToken.None);
    }

    /// <summary>Schedules a retry or dead-letters each row; returns how many were dead-lettered.</summary>
    private async Task<int> FailAsync(List<long> ids, Dictionary<long, Notification> rows, string reason, bool permanent, NotificationsOptions settings)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var error = reason.Length > 1000 ? reason[..1000] : reason;
        var dead = 0;
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        foreach (var id in ids)
        {
            var next = RetryPolicy.NextAttempt(rows[id].Attempts, permanent, now, settings);
            dead += next is null ? 1 : 0;
            await db.Set<Notification>().Where(n => n.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(n => n.Status, next is null ? NotificationStatus.Failed : NotificationStatus.Pending)
                .SetProperty(n => n.NotBefore, next ?? now)
                .SetProperty(n => n.LastError, error)
                .SetProperty(n => n.ClaimToken, (string?)null)
                .SetProperty(n => n.ClaimedUntil, (DateTime?)null), CancellationToken.None);
        }

        return dead;
    }
}
