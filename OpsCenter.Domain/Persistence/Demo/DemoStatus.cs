using Microsoft.EntityFrameworkCore;

namespace OpsCenter.Domain.Persistence.Demo;

/// <summary>
/// Whether this installation holds generated demo data, for the badge on every page: asked of the database once a
/// demo is found (seeding never becomes unseeded), so pages do not query it on each render, nor fail with it.
/// </summary>
public sealed class DemoStatus(IDbContextFactory<OpsDbContext> dbFactory)
{
    private volatile bool _isDemo;

    public async Task<bool> IsDemoAsync(CancellationToken cancellationToken = default)
    {
        if (!_isDemo)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            _isDemo = await db.Set<AppSetting>().AnyAsync(s => s.Key == AppSetting.DemoSeededAt, cancellationToken);
        }

        return _isDemo;
    }
}
