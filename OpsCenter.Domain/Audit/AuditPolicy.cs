using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Audit;

/// <summary>The audit log is read by the province's administrators alone.</summary>
public static class AuditPolicy
{
    public const string Read = "audit.read";

    public static readonly FeaturePolicy Rules = new(new AccessRule(Read, [OpsRoles.Admin]));
}
