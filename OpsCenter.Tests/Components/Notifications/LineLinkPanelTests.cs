using System.Text;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Notifications;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Features.Notifications;

namespace OpsCenter.Tests.Components.Notifications;

/// <summary>The preferences page's LINE section: a link code to send to the official account, then the linked state, then unlinking.</summary>
public sealed class LineLinkPanelTests : ComponentTest
{
    private const string Secret = "panel-test-channel-secret";
    private static readonly Actor Me = Actor.Staff("u-line-panel", "สมหญิง", "19", null, OpsRoles.AgencyStaff);
    private readonly TestDatabase _database;

    public LineLinkPanelTests() => _database = Services.AddOverEmptyDatabase();

    [Fact]
    public void NoOfficialAccountConfigured_ShowsNothing()
    {
        var panel = Render<LineLinkPanel>(p => p.Add(c => c.Actor, Me));

        Assert.Empty(panel.FindAll("[data-testid=line-link]"));
    }

    [Fact]
    public async Task ACode_ForTheOfficialAccount_ThenLinkedOnceLineBringsIt_ThenUnlinked()
    {
        Services.Configure<NotificationsOptions>(o => (o.Line.ChannelSecret, o.Line.OfficialAccountId) = (Secret, "@opscenter-saraburi"));
        Render<MudPopoverProvider>();
        var panel = Render<LineLinkPanel>(p => p.Add(c => c.Actor, Me));
        Assert.Equal("ยังไม่ได้เชื่อมบัญชี LINE", panel.Find("[data-testid=line-link-state]").TextContent.Trim());

        panel.Find("[data-testid=line-link-issue]").Click();

        var code = panel.WaitForElement("[data-testid=line-link-code]").TextContent.Trim();
        Assert.Matches("^OPS-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$", code);
        Assert.Contains("@opscenter-saraburi", panel.Markup, StringComparison.Ordinal);

        var body = Encoding.UTF8.GetBytes($$$"""{"destination":"U0","events":[{"type":"message","source":{"type":"user","userId":"U{{{new string('b', 32)}}}"},"message":{"type":"text","id":"1","text":"{{{code}}}"}}]}""");
        Assert.Equal(LineWebhookOutcome.Handled, await Services.GetRequiredService<LineAccountLinks>().HandleWebhookAsync(body, LineLinkCodes.Sign(body, Secret)));
        var linked = Render<LineLinkPanel>(p => p.Add(c => c.Actor, Me));
        Assert.Equal("เชื่อมบัญชี LINE แล้ว", linked.Find("[data-testid=line-link-state]").TextContent.Trim());

        linked.Find("[data-testid=line-unlink]").Click();

        linked.WaitForAssertion(() => Assert.Equal("ยังไม่ได้เชื่อมบัญชี LINE", linked.Find("[data-testid=line-link-state]").TextContent.Trim()));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
