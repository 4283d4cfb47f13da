using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Proposals;

/// <summary>Anyone proposes and supports; the province's officials, executives and administrators triage into the plan.</summary>
public static class ProposalPolicy
{
    public const string Triage = "proposals.triage";

    public static readonly FeaturePolicy Rules = new(
        new AccessRule(Triage, [OpsRoles.Official, OpsRoles.Executive, OpsRoles.Admin]));

    public static bool CanTriage(Actor actor, string proposalProvince) => Rules.Admits(Triage, actor) && actor.ProvinceCode == proposalProvince;
}
