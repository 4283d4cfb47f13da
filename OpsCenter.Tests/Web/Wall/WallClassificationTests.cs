using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Wall;
using OpsCenter.Tests.Domain.Events;
using OpsCenter.Tests.Infrastructure;
using Canary = OpsCenter.Tests.Persistence.Wall.WallClassificationTests;

namespace OpsCenter.Tests.Web.Wall;

public sealed class WallClassificationTests(WallApp app) : IClassFixture<WallApp>
{
    [Fact]
    public async Task WallScreenMarkup_ShowsTheCanaryReportsTrackingNumber_AndNoneOfItsPersonalText()
    {
        var token = await app.IssueTokenAsync("complaints");
        using var client = app.CreateBrowserLikeClient();
        await client.GetAsync($"/wall/connect?token={Uri.EscapeDataString(token.Secret)}");
        var screen = await app.Services.GetRequiredService<WallScreens>().FindAsync(TestReports.Saraburi, "complaints");
        var feed = app.Services.GetRequiredService<WallFeed>();
        WallSnapshot? latest = null;
        using var subscription = feed.Subscribe(screen!.View, s => latest = s);
        await feed.GetAsync(screen.View);

        string tracking;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync())
        {
            tracking = await Canary.WriteCanaryReportAsync(db, app.Services.GetRequiredService<IOpsEventBus>());
        }

        await OpsEventBusTests.Until(() => latest?.Ticker.Items.Any(i => i.TrackingNumber == tracking) == true);
        var html = await client.GetStringAsync("/wall/complaints");

        Assert.Contains(tracking, html, StringComparison.Ordinal);
        Assert.All(Canary.Canaries, canary => Assert.DoesNotContain(canary, html, StringComparison.Ordinal));
    }
}
