using Bunit;
using OpsCenter.Domain.Notifications;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Features.Notifications;

namespace OpsCenter.Tests.Components.Notifications;

/// <summary>The administrators' deliveries: each row's state in Thai with the failure's reason, and a resend on dead letters only.</summary>
public sealed class DeliveriesTableTests : ComponentTest
{
    private static readonly DateTime At = new(2026, 12, 5, 3, 0, 0, DateTimeKind.Utc);

    private static DeliveryItem Item(long id, NotificationStatus status, string? error = null) =>
        new(id, NoticeKinds.ReportOverdue, NotificationChannel.Email, $"person{id}@example.org", $"เกินกำหนด: เรื่อง {id}", status, status == NotificationStatus.Failed ? 8 : 1, At, null, error);

    [Fact]
    public void Rows_ShowStateInThaiAndTheReason_OnlyAFailedOneOffersResend_WhichAsksForItsId()
    {
        var asked = new List<long>();
        var table = Render<DeliveriesTable>(p => p
            .Add(c => c.Items, [Item(1, NotificationStatus.Sent), Item(2, NotificationStatus.Failed, "SMTP 550: mailbox unavailable"), Item(3, NotificationStatus.Pending)])
            .Add(c => c.OnResend, (long id) => asked.Add(id)));

        Assert.Equal(["ส่งแล้ว", "ส่งไม่สำเร็จ", "รอส่ง"], table.FindAll("[data-testid=delivery-status]").Select(s => s.TextContent.Trim()));
        Assert.Equal("SMTP 550: mailbox unavailable", table.FindAll("[data-testid=delivery-reason]")[1].TextContent.Trim());
        var resend = Assert.Single(table.FindAll("[data-testid=delivery-resend]"));

        resend.Click();

        Assert.Equal([2L], asked);
    }

    [Fact]
    public void NoRows_SaysSo()
    {
        var table = Render<DeliveriesTable>(p => p.Add(c => c.Items, []));

        Assert.Equal("ไม่มีรายการ", table.Find("[data-testid=deliveries-empty]").TextContent.Trim());
    }
}
