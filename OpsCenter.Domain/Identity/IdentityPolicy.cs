using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Identity;

/// <summary>One's own account: any signed-in person, never a screen token.</summary>
public static class IdentityPolicy
{
    public const string SignedIn = "identity.signed-in";

    public static readonly FeaturePolicy Rules = new(new AccessRule(SignedIn));
}
