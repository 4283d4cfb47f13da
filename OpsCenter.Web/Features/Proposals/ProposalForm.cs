namespace OpsCenter.Web.Features.Proposals;

/// <summary>What the citizen's proposal form posts; <see cref="Step"/> is the button pressed (check for similar ones, or submit).</summary>
public sealed class ProposalForm
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? AreaCode { get; set; }

    public string? CategoryCode { get; set; }

    public string? Phone { get; set; }

    /// <summary>An explorer view cited as evidence (optional).</summary>
    public string? EvidenceUrl { get; set; }

    public string? Step { get; set; }

    public bool Submitting => Step == "submit";
}
