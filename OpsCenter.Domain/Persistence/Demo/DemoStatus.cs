using Microsoft.EntityFrameworkCore;

namespace OpsCenter.Domain.Persistence.Demo;

/// <summary>
/// Whether this installation holds generated demo data, for the badge on every page: asked of the database once (demo
/// data is seeded at start-up, before the first request), so pages neither query it on each render nor fail with it.
/// </summary>
public sealed class DemoStatus(IDbContextFactory<OpsDbContext> dbFactory)
{
    private const int Unknown = 0, Demo = 1, Real = 2;
    private int _state;

    public async Task<bool> IsDemoAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _state) == Unknown)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var seeded = await db.Set<AppSetting>().AnyAsync(s => s.Key == AppSetting.DemoSeededAt, cancellationToken);
            Volatile.Write(ref _state, seeded ? Demo : Real);
        }

        return Volatile.Read(ref _state) == Demo;
    }
}
