using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Persistence;

public sealed class ConcurrentStartupTests
{
    [PostgresFact]
    public async Task TwoInstances_StartingTogetherOnOnePostgres_MigrateAndSeedOnce()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var first = new OpsAppFactory(DatabaseProvider.Postgres, sharedDatabase: database);
        await using var second = new OpsAppFactory(DatabaseProvider.Postgres, sharedDatabase: database);

        await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));

        await using var db = DbContexts.For(database);
        Assert.Equal(13, await db.Set<Area>().CountAsync(a => a.Level == AreaLevel.District));
        Assert.Equal(800, await db.Set<CitizenReport>().CountAsync());
        // Seven people, one reporter for each KPI owner agency they do not cover, and the national office: seeded once.
        Assert.Equal(8 + 10, await db.Users.CountAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());

        using var client = second.CreateClient();
        Assert.Equal("ok", await client.GetStringAsync("/healthz"));
    }
}
