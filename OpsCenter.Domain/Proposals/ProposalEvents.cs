namespace OpsCenter.Domain.Proposals;

/// <summary>Event kinds of citizen proposals; SubjectId is the proposal id.</summary>
public static class ProposalEvents
{
    public const string Submitted = "proposal.submitted";
    public const string Supported = "proposal.supported";
    public const string Triaged = "proposal.triaged";
}
