using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Sla;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Reports;

namespace OpsCenter.Tests.Persistence.Reports;

public sealed class ReportSlaSweepTests(ReportApps apps) : IClassFixture<ReportApps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Sweep_EscalatesToTheDistrictChiefThenTheDeputyGovernor_OnceEach_EvenWithTwoInstances(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        using var client = app.CreateClient();
        var created = await ReportPayloads.JsonOf(await ReportPayloads.PostAsync(client, ReportPayloads.Valid("น้ำท่วมขังถนน ทดสอบการเร่งรัด")));
        var id = created.GetProperty("id").GetInt64();
        var subject = id.ToString(CultureInfo.InvariantCulture);
        var bus = app.Services.GetRequiredService<IOpsEventBus>();
        var events = new List<OpsEvent>();
        using var subscription = bus.Subscribe((e, _) =>
        {
            lock (events)
            {
                if (e.SubjectId == subject)
                {
                    events.Add(e);
                }
            }

            return Task.CompletedTask;
        });
        var clock = TestClock.Manual();
        var first = Sweeper(app, clock);
        var second = Sweeper(app, clock);

        clock.Advance(TimeSpan.FromHours(71));
        await first.SweepOnceAsync();
        Assert.Equal(EscalationLevel.None, (await LoadAsync(app, id)).EscalationLevel);

        clock.Advance(TimeSpan.FromHours(2));
        await Task.WhenAll(first.SweepOnceAsync(), second.SweepOnceAsync());
        Assert.Equal(EscalationLevel.DistrictChief, (await LoadAsync(app, id)).EscalationLevel);

        clock.Advance(TimeSpan.FromHours(48));
        await Task.WhenAll(first.SweepOnceAsync(), second.SweepOnceAsync());
        await first.SweepOnceAsync();

        Assert.Equal(EscalationLevel.DeputyGovernor, (await LoadAsync(app, id)).EscalationLevel);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var steps = await db.Set<ReportTimelineEntry>().Where(t => t.ReportId == id).OrderBy(t => t.Id).Select(t => t.Kind).ToListAsync();
        Assert.Equal([TimelineKind.Received, TimelineKind.Overdue, TimelineKind.Escalated], steps);
        var districtNote = await db.Set<ReportTimelineEntry>().Where(t => t.ReportId == id && t.Kind == TimelineKind.Overdue).Select(t => t.Note).SingleAsync();
        Assert.Contains("ที่ว่าการอำเภอเมืองสระบุรี", districtNote, StringComparison.Ordinal);
        await WaitForAsync(() => { lock (events) { return events.Count >= 3; } });
        lock (events)
        {
            Assert.Equal([ReportEvents.Overdue, ReportEvents.Escalated, ReportEvents.Escalated], events.Select(e => e.Kind).Where(k => k != ReportEvents.Received));
        }
    }

    /// <summary>
    /// At national scale the sweep walked the primary key through every report each minute (4.2 s at 10 million): its
    /// batch must come from the escalation-due index, in the index's order, and with the statuses written into the SQL
    /// as the index's predicate has them, which a generic plan (no value known at planning) needs to prove it.
    /// </summary>
    [PostgresFact]
    public async Task Sweep_FindsItsBatchInTheEscalationDueIndex()
    {
        var app = await apps.ForAsync(DatabaseProvider.Postgres);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var now = TestClock.UtcNow;
        var due = ReportSlaSweeper.DueIds(db, now, now.AddHours(-48));
        Assert.Contains(".status IN (1, 2, 3, 4)", due.ToQueryString(), StringComparison.Ordinal);

        var text = await QueryPlans.ExplainAsync(db, due, inIndexOrder: true);

        Assert.Contains("Index Only Scan using \"IX_citizen_reports_escalation_due\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sort", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_ForgetsIdempotencyKeysPastTheirRetention()
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        var key = "expire-" + Guid.NewGuid();
        await ReportPayloads.PostAsync(client, ReportPayloads.Valid("ขยะไม่มีการเก็บ " + key), key);
        var clock = TestClock.Manual();

        clock.Advance(TimeSpan.FromHours(47));
        await Sweeper(app, clock).SweepOnceAsync();
        Assert.Equal(1, await CountKeysAsync(app, key));

        clock.Advance(TimeSpan.FromHours(2));
        await Sweeper(app, clock).SweepOnceAsync();
        Assert.Equal(0, await CountKeysAsync(app, key));
    }

    private static ReportSlaSweeper Sweeper(OpsAppFactory app, TimeProvider clock) => new(
        app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>(),
        app.Services.GetRequiredService<IOpsEventBus>(),
        app.Services.GetRequiredService<ReportReferenceData>(),
        Options.Create(new ReportsOptions()),
        clock,
        NullLogger<ReportSlaSweeper>.Instance);

    private static async Task<CitizenReport> LoadAsync(OpsAppFactory app, long id)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        return await db.Set<CitizenReport>().AsNoTracking().SingleAsync(r => r.Id == id);
    }

    private static async Task<int> CountKeysAsync(OpsAppFactory app, string key)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        return await db.Set<IdempotencyRecord>().CountAsync(k => k.Key == "api:" + key);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(100);
        }
    }
}
