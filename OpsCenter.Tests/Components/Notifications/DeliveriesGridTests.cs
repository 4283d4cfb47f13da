using Bunit;
using MudBlazor;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Notifications;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Features.Notifications;

namespace OpsCenter.Tests.Components.Notifications;

/// <summary>
/// The administrators' deliveries and a person's centre, a page at a time from the server: each delivery's state in Thai
/// with the failure's reason, a resend on dead letters only, and the page asked for again after it.
/// </summary>
public sealed class DeliveriesGridTests : ComponentTest
{
    private static readonly DateTime At = new(2026, 12, 5, 3, 0, 0, DateTimeKind.Utc);
    private readonly List<(NotificationStatus? Status, PageRequest Page)> _asked = [];

    private static DeliveryItem Item(long id, NotificationStatus status, string? error = null) =>
        new(id, NoticeKinds.ReportOverdue, NotificationChannel.Email, $"person{id}@example.org", $"เกินกำหนด: เรื่อง {id}", status, status == NotificationStatus.Failed ? 8 : 1, At, null, error);

    [Fact]
    public void Rows_ShowStateInThaiAndTheReason_OnlyAFailedOneOffersResend_AndThePageIsReadAgainAfterIt()
    {
        var resent = new List<long>();
        Render<MudPopoverProvider>();
        var grid = Render<DeliveriesGrid>(p => p
            .Add(c => c.Filter, new DeliveryFilter(null))
            .Add(c => c.Load, (filter, page, _) =>
            {
                _asked.Add((filter.Status, page));
                return Task.FromResult(new Paged<DeliveryItem>(
                    [Item(3, NotificationStatus.Pending), Item(2, NotificationStatus.Failed, "SMTP 550: mailbox unavailable"), Item(1, NotificationStatus.Sent)], 240));
            })
            .Add(c => c.OnResend, (long id) => resent.Add(id)));

        grid.WaitForAssertion(() => Assert.Equal(3, grid.FindAll("[data-testid=delivery-status]").Count));
        Assert.Equal((null, new PageRequest(0, PageRequest.DefaultSize, nameof(DeliveryItem.CreatedAt), true)), _asked[0]);
        Assert.Equal(["รอส่ง", "ส่งไม่สำเร็จ", "ส่งแล้ว"], grid.FindAll("[data-testid=delivery-status]").Select(s => s.TextContent.Trim()));
        Assert.Equal("SMTP 550: mailbox unavailable", grid.FindAll("[data-testid=delivery-reason]")[1].TextContent.Trim());
        Assert.Contains("จาก 240", grid.Markup, StringComparison.Ordinal);

        Assert.Single(grid.FindAll("[data-testid=delivery-resend]")).Click();

        Assert.Equal([2L], resent);
        grid.WaitForAssertion(() => Assert.Equal(2, _asked.Count));
    }

    [Fact]
    public void AnotherFilter_AsksForItsFirstPage_AndNoRowsSaysSo()
    {
        Render<MudPopoverProvider>();
        var grid = Render<DeliveriesGrid>(p => p
            .Add(c => c.Filter, new DeliveryFilter(NotificationStatus.Failed))
            .Add(c => c.Load, (filter, page, _) =>
            {
                _asked.Add((filter.Status, page));
                return Task.FromResult(Paged<DeliveryItem>.Empty);
            }));
        grid.WaitForAssertion(() => Assert.Single(_asked));

        grid.Render(p => p.Add(c => c.Filter, new DeliveryFilter(NotificationStatus.Pending)));

        grid.WaitForAssertion(() => Assert.Equal(NotificationStatus.Pending, _asked[^1].Status));
        Assert.Equal(0, _asked[^1].Page.Offset);
        Assert.Equal("ไม่มีรายการ", grid.Find("[data-testid=deliveries-empty]").TextContent.Trim());
    }

    [Fact]
    public void Centre_ShowsTheNewestFirst_AndMarkingOneReadReadsThePageAgain()
    {
        var asked = new List<PageRequest>();
        var marked = new List<long>();
        Render<MudPopoverProvider>();
        var grid = Render<NotificationCentreGrid>(p => p
            .Add(c => c.Load, (page, _) =>
            {
                asked.Add(page);
                return Task.FromResult(new Paged<NotificationItem>(
                    [new(9, NoticeKinds.ReportAssigned, "เรื่องใหม่ในคิวของท่าน: SRB-9", "/reports/9", At, null), new(8, NoticeKinds.ReportOverdue, "เกินกำหนด: SRB-8", "/reports/8", At, At)], 2));
            })
            .Add(c => c.OnMarkRead, (long id) => marked.Add(id)));

        grid.WaitForAssertion(() => Assert.Equal(2, grid.FindAll("[data-testid=notification-row]").Count));
        Assert.Equal(new PageRequest(0, NotificationCentreGrid.PageSize, nameof(NotificationItem.CreatedAt), true), asked[0]);
        Assert.Equal("/reports/9", grid.FindAll("[data-testid=notification-row]")[0].GetAttribute("href"));

        Assert.Single(grid.FindAll("[data-testid=notification-mark-read]")).Click();

        Assert.Equal([9L], marked);
        grid.WaitForAssertion(() => Assert.Equal(2, asked.Count));
    }
}
