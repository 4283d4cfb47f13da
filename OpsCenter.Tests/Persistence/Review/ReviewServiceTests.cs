using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Review;
using OpsCenter.Domain.Wall;
using OpsCenter.Tests.Domain.Events;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Persistence.Events;

namespace OpsCenter.Tests.Persistence.Review;

public sealed class ReviewServiceTests
{
    private const string Province = TestReports.Saraburi;

    private static readonly Actor Presenter = Actor.Staff("presenter-1", "ผู้นำเสนอ", Province, null, OpsRoles.Presenter);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NewSession_AgendaIsBuiltFromTheSeededData_InTheFourSections(DatabaseProvider provider)
    {
        await using var app = await OutboxRelayTests.StartAsync(provider);
        var reviews = app.Services.GetRequiredService<ReviewService>();
        var catalog = app.Services.GetRequiredService<OpsCenter.Domain.Catalog.CatalogQuery>();

        var (session, errors) = await reviews.CreateAsync(Presenter, Input("ครั้งที่ 3", TestClock.UtcNow.AddDays(3)));

        Assert.Empty(errors);
        var detail = (await app.Services.GetRequiredService<ReviewQueries>().DetailAsync(Province, session!.Id))!;
        Assert.Equal(Enum.GetValues<ReviewSection>(), detail.Agenda.Select(i => i.Section).Distinct());
        var overdueAgencies = (await catalog.ScorecardsAsync(Province)).Where(s => s.Score.Overdue > 0).OrderByDescending(s => s.Score.Overdue).ThenBy(s => s.Agency.Id).ToList();
        Assert.NotEmpty(overdueAgencies);
        Assert.Equal(overdueAgencies[0].Agency.Id, detail.Agenda.First(i => i.Kind == ReviewItemKinds.AgencyFreshness).SubjectId);
        Assert.Contains(detail.Agenda, i => i.Kind == ReviewItemKinds.OwnerOverdue);
        Assert.Equal(["kpis", "heatmap", "budget"], detail.Agenda.Where(i => i.Section == ReviewSection.RealVisibility).Select(i => i.Kind));

        // The demo's first meeting left three actions open: they are followed up; the one done since is reported once.
        await using var db = await Db(app);
        var actions = await db.Set<ActionItem>().ToListAsync();
        var followUps = detail.Agenda.Where(i => i.Section == ReviewSection.RealFollowUp).Select(i => i.SubjectId!.Value).ToList();
        Assert.Equal(actions.Where(a => a.IsOpen).Select(a => a.Id).Order(), followUps.Take(3).Order());
        Assert.Equal(ActionItemStatus.Done, actions.Single(a => a.Id == followUps[^1]).Status);
        Assert.Equal(4, detail.CarriedOver.Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Commands_AreRefused_ToAnotherProvince_AndToRolesTheirRuleDoesNotAdmit(DatabaseProvider provider)
    {
        await using var app = await OutboxRelayTests.StartAsync(provider);
        var reviews = app.Services.GetRequiredService<ReviewService>();
        var official = Actor.Staff("official-1", "ปลัดจังหวัด", Province, null, OpsRoles.Official);
        var (session, _) = await reviews.CreateAsync(official, Input("ครั้งที่ 3", TestClock.UtcNow.AddDays(3)));

        Assert.NotNull(session);
        Assert.Null((await reviews.CreateAsync(Actor.Staff("staff-1", "เจ้าหน้าที่หน่วยงาน", Province, 1, OpsRoles.AgencyStaff), Input("x", TestClock.UtcNow))).Session);
        Assert.NotEmpty(await reviews.PresentAsync(session.Id, ReviewCommand.Next, official));
        Assert.NotEmpty(await reviews.PresentAsync(session.Id, ReviewCommand.Next, Presenter with { ProvinceCode = "13" }));
        Assert.NotEmpty(await reviews.UpdateAsync(session.Id, Input("แก้ชื่อ", TestClock.UtcNow), official with { ProvinceCode = "13" }));
        Assert.Null((await reviews.DecideAsync(session.Id, new ReviewDecisionInput("ข้อสั่งการ"), official)).Decision);
        Assert.Empty(await reviews.PresentAsync(session.Id, ReviewCommand.Next, Presenter));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OpenAction_CarriesOverToTheNextSession_UntilClosed_AndIsInTheOwnersQueue(DatabaseProvider provider)
    {
        await using var app = await OutboxRelayTests.StartAsync(provider);
        var reviews = app.Services.GetRequiredService<ReviewService>();
        var queries = app.Services.GetRequiredService<ReviewQueries>();
        var owner = (await queries.AgenciesAsync(Province)).First(a => a.Code.EndsWith("-PWTP", StringComparison.Ordinal));
        var (first, _) = await reviews.CreateAsync(Presenter, Input("ครั้งที่ 3", TestClock.UtcNow.AddDays(1)));
        await reviews.PresentAsync(first!.Id, ReviewCommand.Next, Presenter);

        var (decision, errors) = await reviews.DecideAsync(first.Id, new ReviewDecisionInput(
            "ซ่อมถนนสายหลักให้เสร็จ", ReviewLinkKind.Project, "7", "ซ่อมผิวถนนสาย 3222", owner.Id, "ผอ.โยธาฯ", TestClock.UtcNow.AddDays(30)), Presenter);
        Assert.Empty(errors);
        var action = Assert.Single(await queries.ActionsOfAgencyAsync(Province, owner.Id, openOnly: true), a => a.Action.DecisionId == decision!.Id);
        Assert.Equal("ผอ.โยธาฯ", action.Action.OwnerPersonName);
        Assert.Equal(ReviewLinkKind.Project, action.Action.LinkKind);

        var (second, _) = await reviews.CreateAsync(Presenter, Input("ครั้งที่ 4", TestClock.UtcNow.AddDays(29)));
        Assert.Contains(await FollowUpsAsync(app, second!.Id), id => id == action.Action.Id);

        Assert.NotEmpty(await reviews.ReportProgressAsync(action.Action.Id, AgencyStaff(owner.Id + 1), new ActionProgressInput(ActionItemStatus.Done, 100, "เสร็จ")));
        Assert.Empty(await reviews.ReportProgressAsync(action.Action.Id, AgencyStaff(owner.Id), new ActionProgressInput(ActionItemStatus.Done, 80, "ซ่อมเสร็จแล้ว")));
        var (third, _) = await reviews.CreateAsync(Presenter, Input("ครั้งที่ 5", TestClock.UtcNow.AddDays(57)));
        Assert.DoesNotContain(await FollowUpsAsync(app, third!.Id), id => id == action.Action.Id);
        Assert.DoesNotContain(await queries.ActionsOfAgencyAsync(Province, owner.Id, openOnly: true), a => a.Action.Id == action.Action.Id);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DecisionSnapshot_KeepsWhatWasOnScreen_AndCannotBeChanged(DatabaseProvider provider)
    {
        await using var app = await OutboxRelayTests.StartAsync(provider);
        var reviews = app.Services.GetRequiredService<ReviewService>();
        var (session, _) = await reviews.CreateAsync(Presenter, Input("ครั้งที่ 3", TestClock.UtcNow));
        var kpiItem = await ItemOfKindAsync(app, session!.Id, ReviewItemKinds.Kpis);
        await reviews.PresentAsync(session.Id, ReviewCommand.GoTo, Presenter, kpiItem);
        var (decision, _) = await reviews.DecideAsync(session.Id, new ReviewDecisionInput("เร่งแก้ตัวชี้วัดที่ไม่ผ่านเป้า"), Presenter);
        var taken = decision!.SnapshotJson;
        Assert.Contains(decision.Snapshot.Figures, f => f.LabelEn == "Off track");
        Assert.NotEmpty(decision.Snapshot.Rows);

        // The figures move on (every KPI measurement removed), the decision's snapshot does not.
        await using (var db = await Db(app))
        {
            await db.Set<KpiMeasurement>().ExecuteDeleteAsync();
        }

        await using (var db = await Db(app))
        {
            var stored = await db.Set<ReviewDecision>().SingleAsync(d => d.Id == decision.Id);
            Assert.Equal(taken, stored.SnapshotJson);
            stored.Text = "แก้ถ้อยคำได้";
            db.Entry(stored).Property(d => d.SnapshotJson).CurrentValue = "{\"figures\":[]}";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using (var db = await Db(app))
        {
            Assert.Equal(taken, (await db.Set<ReviewDecision>().SingleAsync(d => d.Id == decision.Id)).SnapshotJson);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Presenter_MovesTheSharedStage_AndEndingHandsFollowingScreensBackToRotation(DatabaseProvider provider)
    {
        await using var app = await OutboxRelayTests.StartAsync(provider);
        var reviews = app.Services.GetRequiredService<ReviewService>();
        var live = app.Services.GetRequiredService<ReviewLive>();
        var screens = app.Services.GetRequiredService<WallScreens>();
        var (session, _) = await reviews.CreateAsync(Presenter, Input("ครั้งที่ 3", TestClock.UtcNow));
        var screen = (await screens.ListAsync(Province))[0];
        var seen = new List<ReviewStage?>();
        using var watch = live.Watch(session!.Id, s => { lock (seen) { seen.Add(s); } });

        Assert.Empty(await reviews.FollowAsync(session.Id, screen.Id, true, Presenter));
        Assert.Equal(WallControlMode.Following, (await screens.FindAsync(screen.Id))!.Control.Mode);
        await reviews.PresentAsync(session.Id, ReviewCommand.Next, Presenter);
        await reviews.PresentAsync(session.Id, ReviewCommand.Next, Presenter);
        await OpsEventBusTests.Until(() => { lock (seen) { return seen.LastOrDefault()?.CurrentIndex == 1; } });
        var stage = (await live.GetAsync(session.Id))!;
        Assert.Equal(ReviewSessionStatus.Live, stage.Status);
        Assert.NotNull(stage.Figures);

        Assert.Empty(await reviews.EndAsync(session.Id, Presenter));
        var released = (await screens.FindAsync(screen.Id))!;
        Assert.Null(released.FollowingReviewId);
        Assert.Equal(WallControlMode.Rotate, released.Control.Mode);
        Assert.NotEmpty(await reviews.FollowAsync(session.Id, screen.Id, true, Presenter));
    }

    private static Actor AgencyStaff(int agencyId) => Actor.Staff("agency-staff", "เจ้าหน้าที่หน่วยงาน", Province, agencyId, OpsRoles.AgencyStaff);

    private static ReviewSessionInput Input(string title, DateTime heldAt) => new(title, heldAt, "ผู้ว่าราชการจังหวัด", "รองผู้ว่าฯ\nปลัดจังหวัด");

    private static async Task<OpsDbContext> Db(OpsAppFactory app) =>
        await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();

    private static async Task<List<int>> FollowUpsAsync(OpsAppFactory app, int sessionId)
    {
        await using var db = await Db(app);
        return await db.Set<ReviewAgendaItem>().Where(i => i.ReviewSessionId == sessionId && i.Kind == ReviewItemKinds.FollowUpAction).Select(i => i.SubjectId!.Value).ToListAsync();
    }

    private static async Task<int> ItemOfKindAsync(OpsAppFactory app, int sessionId, string kind)
    {
        await using var db = await Db(app);
        return await db.Set<ReviewAgendaItem>().Where(i => i.ReviewSessionId == sessionId && i.Kind == kind).Select(i => i.Id).SingleAsync();
    }
}
