using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpsCenter.Domain.Notifications;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Notifications;

/// <summary>Staff notices sent before the centre listed in-app rows only are still in their people's centres after the upgrade.</summary>
public sealed class InAppMigrationTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upgrade_EachEarlierStaffNotice_GetsOneInAppRow_ReadAsItsMailWas_CitizensAndWebhooksNone(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var now = new DateTime(2026, 12, 1, 3, 0, 0, DateTimeKind.Utc);
        await using (var db = DbContexts.For(database))
        {
            await db.GetService<IMigrator>().MigrateAsync("WarehouseIndicators");

            // Written as the schema of that time stood: the model has moved on since.
            await InsertAsync(db, "report.overdue:1:r0:user:u1|1", NotificationChannel.Email, "u1", "u1@example.org", now, now.AddHours(1), null);
            await InsertAsync(db, "report.overdue:1:r0:user:u1|2", NotificationChannel.Line, "u1", "U" + new string('1', 32), now, null, null);
            await InsertAsync(db, "dataset.overdue:7:user:u2|2", NotificationChannel.Line, "u2", "U" + new string('2', 32), now, null, null);
            await InsertAsync(db, "citizen.resolved:1:r0:citizen:1|1", NotificationChannel.Email, null, "citizen@example.org", now, null, 1);
            await InsertAsync(db, "webhook:3:99|3", NotificationChannel.Webhook, null, "3", now, null, null);
        }

        await using (var db = DbContexts.For(database))
        {
            await db.Database.MigrateAsync();
            var inApp = await db.Set<Notification>().AsNoTracking().Where(n => n.Channel == NotificationChannel.InApp).OrderBy(n => n.Key).ToListAsync();

            Assert.Equal(["dataset.overdue:7:user:u2|4", "report.overdue:1:r0:user:u1|4"], inApp.Select(n => n.Key));
            Assert.Equal([("u2", "u2", (DateTime?)null), ("u1", "u1", now.AddHours(1))], inApp.Select(n => (n.UserId!, n.Address, n.ReadAt)));
            Assert.All(inApp, n => Assert.Equal((NotificationStatus.Sent, "เกินกำหนด / Overdue"), (n.Status, n.Subject)));
        }
    }

    private static Task<int> InsertAsync(OpsDbContext db, string key, NotificationChannel channel, string? userId, string address, DateTime at, DateTime? readAt, long? citizenReport) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO notifications ("key", kind, province_code, channel, user_id, citizen_report_id, address, subject, body_th, body_en, link,
                status, attempts, not_before, created_at, sent_at, sent_in_batch_of, read_at)
            VALUES ({key}, {key[..key.IndexOf(':', StringComparison.Ordinal)]}, '19', {(int)channel}, {userId}, {citizenReport}, {address},
                'เกินกำหนด / Overdue', 'ข', 'b', 'https://x/reports/1', 3, 1, {at}, {at}, {at}, 1, {readAt})
            """);
}
