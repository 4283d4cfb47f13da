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
            db.AddRange(
                Row("report.overdue:1:r0:user:u1|1", NotificationChannel.Email, "u1", "u1@example.org", readAt: now.AddHours(1)),
                Row("report.overdue:1:r0:user:u1|2", NotificationChannel.Line, "u1", "U" + new string('1', 32)),
                Row("dataset.overdue:7:user:u2|2", NotificationChannel.Line, "u2", "U" + new string('2', 32)),
                Row("citizen.resolved:1:r0:citizen:1|1", NotificationChannel.Email, null, "citizen@example.org", citizenReport: 1),
                Row("webhook:3:99|3", NotificationChannel.Webhook, null, "3"));
            await db.SaveChangesAsync();
        }

        await using (var db = DbContexts.For(database))
        {
            await db.Database.MigrateAsync();
            var inApp = await db.Set<Notification>().AsNoTracking().Where(n => n.Channel == NotificationChannel.InApp).OrderBy(n => n.Key).ToListAsync();

            Assert.Equal(["dataset.overdue:7:user:u2|4", "report.overdue:1:r0:user:u1|4"], inApp.Select(n => n.Key));
            Assert.Equal([("u2", "u2", (DateTime?)null), ("u1", "u1", now.AddHours(1))], inApp.Select(n => (n.UserId!, n.Address, n.ReadAt)));
            Assert.All(inApp, n => Assert.Equal((NotificationStatus.Sent, "เกินกำหนด / Overdue"), (n.Status, n.Subject)));
        }

        Notification Row(string key, NotificationChannel channel, string? userId, string address, DateTime? readAt = null, long? citizenReport = null) => new()
        {
            Key = key, Kind = key[..key.IndexOf(':', StringComparison.Ordinal)], ProvinceCode = "19", Channel = channel, UserId = userId,
            CitizenReportId = citizenReport, Address = address, Subject = "เกินกำหนด / Overdue", BodyTh = "ข", BodyEn = "b", Link = "https://x/reports/1",
            Status = NotificationStatus.Sent, NotBefore = now, CreatedAt = now, SentAt = now, SentInBatchOf = 1, ReadAt = readAt,
        };
    }
}
