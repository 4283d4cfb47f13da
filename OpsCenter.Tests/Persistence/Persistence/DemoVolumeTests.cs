using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Persistence.Demo;
using OpsCenter.Domain.Reports;
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
}
