namespace OpsCenter.Domain.Notifications;

/// <summary>A notification waiting to go, as the digest rule sees it.</summary>
public sealed record PendingMessage(long Id, string Kind, NotificationChannel Channel, string Address, string Subject, string Link);

/// <summary>What one send carries: one notification, or a digest of several for one address.</summary>
public sealed record OutgoingBatch(NotificationChannel Channel, string Address, IReadOnlyList<PendingMessage> Messages)
{
    public bool IsDigest => Messages.Count > 1;
}

/// <summary>
/// A digest replaces a burst: when one address has <c>threshold</c> or more staff notifications due together (an import,
/// a sweep that found a backlog overdue), they go as one message listing them all. Citizens' messages are never folded:
/// each is about the citizen's own report, and a digest would mix several reports' links.
/// </summary>
public static class DigestRule
{
    public static IReadOnlyList<OutgoingBatch> Batch(IEnumerable<PendingMessage> due, int threshold)
    {
        var batches = new List<OutgoingBatch>();
        foreach (var group in due.GroupBy(m => (m.Channel, m.Address)).OrderBy(g => g.Min(m => m.Id)))
        {
            var staff = group.Where(m => !NoticeKinds.IsCitizen(m.Kind)).OrderBy(m => m.Id).ToList();
            if (group.Key.Channel != NotificationChannel.Webhook && staff.Count >= Math.Max(2, threshold))
            {
                batches.Add(new OutgoingBatch(group.Key.Channel, group.Key.Address, staff));
                batches.AddRange(group.Where(m => NoticeKinds.IsCitizen(m.Kind)).OrderBy(m => m.Id).Select(m => new OutgoingBatch(m.Channel, m.Address, [m])));
            }
            else
            {
                batches.AddRange(group.OrderBy(m => m.Id).Select(m => new OutgoingBatch(m.Channel, m.Address, [m])));
            }
        }

        return batches;
    }
}
