using System.Security.Claims;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Identity;

namespace OpsCenter.Web.Shared;

/// <summary>The province a request is about: the signed-in user's, else the installation's (<see cref="InstallationProvince"/>).</summary>
public sealed class CurrentProvince(InstallationProvince installation)
{
    public async Task<string> CodeForAsync(ClaimsPrincipal? user, CancellationToken cancellationToken = default) =>
        user is not null && OpsClaims.ProvinceOf(user) is { } own ? own : await installation.CodeAsync(cancellationToken);
}
