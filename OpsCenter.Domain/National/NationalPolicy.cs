using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.National;

/// <summary>The national office compares provinces; nobody else sees the roll-up.</summary>
public static class NationalPolicy
{
    public const string View = "national.view";

    public static readonly FeaturePolicy Rules = new(new AccessRule(View, [OpsRoles.National]));
}
