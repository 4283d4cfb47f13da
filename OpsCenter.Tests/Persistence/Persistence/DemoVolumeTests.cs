using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Persistence.Demo;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Sla;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Persistence;

public sealed class DemoVolumeTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GenerateReports_AddsExactlyTheRequestedRows_ThatQueryLikeSeededOnes(DatabaseProvider provider)
    {
        await using var app = new OpsAppFactory(provider);
        await app.InitializeAsync();
        var volume = app.Services.GetRequiredService<DemoVolume>();

        var written = await volume.GenerateReportsAsync("19", 2_500, seed: 7);

        await using var db = DbContexts.For(app.Database);
        Assert.Equal(2_500, written);
        Assert.Equal(800 + 2_500, await db.Set<CitizenReport>().CountAsync());
        var lastYear = TestClock.UtcNow.AddDays(-366);
        Assert.Equal(3_300, await db.Set<CitizenReport>().CountAsync(r => r.ReceivedAt > lastYear));
        Assert.True(await db.Set<CitizenReport>().CountAsync(r => r.ResolvedAt != null && r.ResolvedAt >= r.ReceivedAt) > 2_000);
    }

    /// <summary>Generated history is escalated as the sweep would have left it: the first sweep announces none of it.</summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GenerateReports_EscalatesOverdueHistory_SoTheFirstSweepHasNothingToAnnounce(DatabaseProvider provider)
    {
        await using var app = new OpsAppFactory(provider);
        await app.InitializeAsync();
        await app.Services.GetRequiredService<DemoVolume>().GenerateReportsAsync("19", 2_000, seed: 11);

        await using var db = DbContexts.For(app.Database);
        var generated = await db.Set<CitizenReport>().AsNoTracking().Where(r => r.TrackingNumber.StartsWith("SRB11"))
            .Select(r => new { r.Status, r.DueAt, r.EscalationLevel }).ToListAsync();
        Assert.Equal(2_000, generated.Count);
        var policy = new ReportsOptions().Escalation;
        Assert.All(generated, r => Assert.Equal(ReportSla.LevelDue(r.Status, r.DueAt, TestClock.UtcNow, policy), r.EscalationLevel));
        Assert.Contains(generated, r => r.EscalationLevel == EscalationLevel.DistrictChief);
        Assert.Contains(generated, r => r.EscalationLevel == EscalationLevel.DeputyGovernor);

        var sweep = await app.Services.GetRequiredService<ReportSlaSweeper>().SweepOnceAsync();
        Assert.Equal((0, 0), (sweep.Overdue, sweep.EscalatedToDeputy));
    }
}
