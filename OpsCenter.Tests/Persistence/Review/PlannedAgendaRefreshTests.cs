using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Review;
using OpsCenter.Tests.Domain.Events;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Persistence.Events;

namespace OpsCenter.Tests.Persistence.Review;

/// <summary>An action that falls due with time alone (no row changes) still reaches every agenda not started yet.</summary>
public sealed class PlannedAgendaRefreshTests
{
    private const string Province = TestReports.Saraburi;

    private static readonly Actor Presenter = Actor.Staff("presenter-1", "ผู้นำเสนอ", Province, null, OpsRoles.Presenter);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ActionFallingDue_IsMarkedOverdueOnThePlannedAgenda_AtTheNextRefresh_ButNotOnAStartedOne(DatabaseProvider provider)
    {
        await using var app = new ClockedApp(provider);
        await app.InitializeAsync();
        _ = app.Server;
        await OpsEventBusTests.Until(() => app.Services.GetRequiredService<OutboxRelay>().IsReady);
        var reviews = app.Services.GetRequiredService<ReviewService>();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var owner = (await app.Services.GetRequiredService<ReviewQueries>().AgenciesAsync(Province))[0];

        var (today, _) = await reviews.CreateAsync(Presenter, Input("ครั้งที่ 3", now));
        await reviews.PresentAsync(today!.Id, ReviewCommand.Next, Presenter);
        var (planned, _) = await reviews.CreateAsync(Presenter, Input("ครั้งที่ 4", now.AddDays(10)));
        var (started, _) = await reviews.CreateAsync(Presenter, Input("ครั้งที่ 4 ห้องย่อย", now.AddDays(10)));
        await reviews.PresentAsync(started!.Id, ReviewCommand.Next, Presenter);
        var (decision, errors) = await reviews.DecideAsync(today.Id, new ReviewDecisionInput(
            "ส่งแผนซ่อมบำรุง", ReviewLinkKind.None, null, "แผนซ่อมบำรุง", owner.Id, null, now.AddDays(3)), Presenter);
        Assert.Empty(errors);
        var actionId = await ActionOfAsync(app, decision!.Id);
        Assert.Equal("ติดตาม: แผนซ่อมบำรุง", (await FollowUpAsync(app, planned!.Id, actionId))!.TitleTh);
        Assert.Equal(0, await reviews.RefreshPlannedAgendasAsync());

        app.Clock.Advance(TimeSpan.FromDays(5));
        Assert.True(await reviews.RefreshPlannedAgendasAsync() > 0);

        Assert.Equal("ติดตาม (เลยกำหนด): แผนซ่อมบำรุง", (await FollowUpAsync(app, planned.Id, actionId))!.TitleTh);
        var facts = await app.Services.GetRequiredService<AgendaFactsQuery>().ForAsync(Province, planned.Id, planned.HeldAt);
        Assert.Contains(facts.LateOwners, o => o.AgencyId == owner.Id && o.OverdueActions >= 1);
        Assert.Null(await FollowUpAsync(app, started.Id, actionId));
    }

    private static async Task<int> ActionOfAsync(OpsAppFactory app, int decisionId)
    {
        await using var db = await DbAsync(app);
        return await db.Set<ActionItem>().Where(a => a.DecisionId == decisionId).Select(a => a.Id).SingleAsync();
    }

    private static async Task<ReviewAgendaItem?> FollowUpAsync(OpsAppFactory app, int sessionId, int actionId)
    {
        await using var db = await DbAsync(app);
        return await db.Set<ReviewAgendaItem>().AsNoTracking()
            .SingleOrDefaultAsync(i => i.ReviewSessionId == sessionId && i.Kind == ReviewItemKinds.FollowUpAction && i.SubjectId == actionId);
    }

    private static async Task<OpsDbContext> DbAsync(OpsAppFactory app) =>
        await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();

    private static ReviewSessionInput Input(string title, DateTime heldAt) => new(title, heldAt, "ผู้ว่าราชการจังหวัด", "รองผู้ว่าฯ");

    private sealed class ClockedApp(DatabaseProvider provider) : OpsAppFactory(provider, OutboxRelayTests.FastRelay)
    {
        public ManualClock Clock { get; } = TestClock.Manual();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
