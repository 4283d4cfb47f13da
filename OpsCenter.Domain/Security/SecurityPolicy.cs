using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Security;

/// <summary>Users, roles, personal access tokens, the audit log and data-subject requests: administrators only.</summary>
public static class SecurityPolicy
{
    public const string Administer = "security.admin";

    public static readonly FeaturePolicy Rules = new(new AccessRule(Administer, [OpsRoles.Admin]));

    public static bool CanAdminister(Actor actor) => Rules.Admits(Administer, actor);
}
