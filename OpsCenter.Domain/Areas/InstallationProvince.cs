using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Areas;

/// <summary>Bound from the "OpsCenter" section: installation-wide choices.</summary>
public sealed class InstallationOptions
{
    public const string Section = "OpsCenter";

    /// <summary>The province anonymous visitors and CLI verbs without a province argument are about (a two-digit code).</summary>
    public string? DefaultProvince { get; set; }
}

/// <summary>
/// The installation's own province, decided in one place: the configured one, else the demo's, else the first province
/// whose districts are installed. Never a hard-coded code: an installation of Pathum Thani alone must not fall back to
/// Saraburi.
/// </summary>
public sealed class InstallationProvince(IDbContextFactory<OpsDbContext> dbFactory, IOptions<InstallationOptions> options)
{
    private string? _code;

    public async Task<string> CodeAsync(CancellationToken cancellationToken = default) => _code ??= await FindAsync(cancellationToken);

    private async Task<string> FindAsync(CancellationToken cancellationToken)
    {
        if (options.Value.DefaultProvince is { Length: 2 } configured)
        {
            return configured;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var demo = await db.Set<AppSetting>().Where(s => s.Key == AppSetting.DemoProvince).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        var installed = demo ?? await db.Set<Area>().Where(a => a.Level == AreaLevel.District).OrderBy(a => a.ProvinceCode).Select(a => a.ProvinceCode).FirstOrDefaultAsync(cancellationToken);
        return installed ?? throw new InvalidOperationException(
            $"No province is installed yet; set {InstallationOptions.Section}:{nameof(InstallationOptions.DefaultProvince)} or import boundaries and agencies first.");
    }
}
