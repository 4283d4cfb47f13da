using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Notifications;

/// <summary>One notification as its recipient sees it in the app.</summary>
public sealed record NotificationItem(long Id, string Kind, string Subject, string Link, DateTime CreatedAt, DateTime? ReadAt);

/// <summary>One delivery as an administrator sees it: where it went, how it went, and why it failed.</summary>
public sealed record DeliveryItem(long Id, string Kind, NotificationChannel Channel, string Address, string Subject, NotificationStatus Status, int Attempts, DateTime CreatedAt, DateTime? SentAt, string? LastError);

/// <summary>
/// The notification centre (a signed-in person's own notifications, read or not) and the administrators' view of
/// deliveries, with resending a dead letter. The actor decides what is theirs: another person's notification or another
/// province's delivery is not told apart from none.
/// </summary>
public sealed class NotificationCentre(IDbContextFactory<OpsDbContext> dbFactory, IOpsEventBus bus, TimeProvider time)
{
    /// <summary>The centre's sortable columns, named as <see cref="NotificationItem"/>'s properties; newest first when none is named.</summary>
    public static readonly SortColumns<Notification> MineColumns = SortColumns<Notification>.Create(nameof(NotificationItem.CreatedAt), true, n => n.Id)
        .By(nameof(NotificationItem.CreatedAt), n => n.Id)
        .By(nameof(NotificationItem.Subject), n => n.Subject)
        .By(nameof(NotificationItem.Kind), n => n.Kind)
        .By(nameof(NotificationItem.ReadAt), n => n.ReadAt);

    /// <summary>The administrators' sortable columns, named as <see cref="DeliveryItem"/>'s properties; newest first when none is named.</summary>
    public static readonly SortColumns<Notification> DeliveryColumns = SortColumns<Notification>.Create(nameof(DeliveryItem.CreatedAt), true, n => n.Id)
        .By(nameof(DeliveryItem.CreatedAt), n => n.Id)
        .By(nameof(DeliveryItem.Subject), n => n.Subject)
        .By(nameof(DeliveryItem.Channel), n => n.Channel)
        .By(nameof(DeliveryItem.Address), n => n.Address)
        .By(nameof(DeliveryItem.Status), n => n.Status)
        .By(nameof(DeliveryItem.Attempts), n => n.Attempts)
        .By(nameof(DeliveryItem.SentAt), n => n.SentAt);

    /// <summary>One page of the actor's own notifications; a page that cannot be served is refused naming the field.</summary>
    public async Task<Paged<NotificationItem>> MineAsync(Actor actor, PageRequest page, CancellationToken ct = default)
    {
        if (MineColumns.Check(page) is { } error)
        {
            return Paged<NotificationItem>.Refused(error);
        }

        if (!actor.IsStaff)
        {
            return Paged<NotificationItem>.Empty;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await MineColumns.PageAsync(Own(db, actor).AsNoTracking(), page, n => new NotificationItem(n.Id, n.Kind, n.Subject, n.Link, n.CreatedAt, n.ReadAt), ct);
    }

    public async Task<int> UnreadCountAsync(Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsStaff)
        {
            return 0;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Own(db, actor).CountAsync(n => n.ReadAt == null, ct);
    }

    /// <summary>Marks one of the actor's notifications read; false when there is none of theirs with that id.</summary>
    public async Task<bool> MarkReadAsync(Actor actor, long id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var row = await Own(db, actor).FirstOrDefaultAsync(n => n.Id == id, ct);
        if (row is null)
        {
            return false;
        }

        if (row.ReadAt is null)
        {
            row.ReadAt = now;
            db.Record(new OpsEvent(NotificationEvents.Read, row.ProvinceCode, actor.UserId, now));
            await db.SaveAndPublishAsync(bus, ct);
        }

        return true;
    }

    /// <summary>One page of the province's deliveries (in-app notices are not deliveries), of one status or all.</summary>
    public async Task<Paged<DeliveryItem>> DeliveriesAsync(Actor actor, NotificationStatus? status, PageRequest page, CancellationToken ct = default)
    {
        if (DeliveryColumns.Check(page) is { } error)
        {
            return Paged<DeliveryItem>.Refused(error);
        }

        if (actor.ProvinceCode is not { } province || !NotificationPolicy.CanAdminister(actor, province))
        {
            return Paged<DeliveryItem>.Empty;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = db.Set<Notification>().AsNoTracking().Where(n => n.ProvinceCode == province && n.Channel != NotificationChannel.InApp);
        if (status is { } wanted)
        {
            rows = rows.Where(n => n.Status == wanted);
        }

        return await DeliveryColumns.PageAsync(rows, page,
            n => new DeliveryItem(n.Id, n.Kind, n.Channel, n.Address, n.Subject, n.Status, n.Attempts, n.CreatedAt, n.SentAt, n.LastError), ct);
    }

    /// <summary>Puts a dead letter back in the queue, due now, with its attempts counted afresh.</summary>
    public async Task<CommandResult> ResendAsync(Actor actor, long id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.Set<Notification>().FirstOrDefaultAsync(n => n.Id == id, ct);
        if (row is null || !NotificationPolicy.CanAdminister(actor, row.ProvinceCode))
        {
            return CommandResult.Missing("id", "ไม่พบการแจ้งเตือนนี้", "No such notification");
        }

        if (row.Status != NotificationStatus.Failed)
        {
            return CommandResult.Fail("status", "ส่งซ้ำได้เฉพาะรายการที่ส่งไม่สำเร็จ", "Only a failed notification can be resent");
        }

        row.Status = NotificationStatus.Pending;
        row.Attempts = 0;
        row.NotBefore = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok(row.Id);
    }

    /// <summary>A person's notices are their in-app rows: one per notice, however many channels also carried it.</summary>
    private static IQueryable<Notification> Own(OpsDbContext db, Actor actor) =>
        db.Set<Notification>().Where(n => n.UserId == actor.UserId && n.UserId != null && n.Channel == NotificationChannel.InApp);
}
