using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Web.Shared;

/// <summary>The province a request is about: the signed-in user's, else the installation's default (the demo province, or OpsCenter:DefaultProvince).</summary>
public sealed class CurrentProvince(IDbContextFactory<OpsDbContext> dbFactory, IConfiguration configuration)
{
    private string? _default;

    public async Task<string> CodeForAsync(ClaimsPrincipal? user, CancellationToken cancellationToken = default)
    {
        if (user is not null && OpsClaims.ProvinceOf(user) is { } own)
        {
            return own;
        }

        return _default ??= await DefaultCodeAsync(cancellationToken);
    }

    private async Task<string> DefaultCodeAsync(CancellationToken cancellationToken)
    {
        if (configuration["OpsCenter:DefaultProvince"] is { Length: 2 } configured)
        {
            return configured;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var demo = await db.Set<AppSetting>().Where(s => s.Key == AppSetting.DemoProvince).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        return demo ?? "19";
    }
}
