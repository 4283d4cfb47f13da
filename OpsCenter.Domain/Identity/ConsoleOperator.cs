using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Identity;

/// <summary>
/// Whoever runs a command-line verb on the server: they hold the database's own credentials, so the services see them
/// as the province's administrator and data steward, named after their operating-system account.
/// </summary>
public static class ConsoleOperator
{
    /// <param name="provinceCode">The province the verb works on; null for verbs that span the installation (imports routed by place).</param>
    public static Actor Of(string? provinceCode = null) =>
        new(ActorKind.Staff, "cli:" + Environment.UserName, "cli:" + Environment.UserName, provinceCode, null,
            new HashSet<string> { OpsRoles.Admin, OpsRoles.DataSteward, OpsRoles.Official });
}
