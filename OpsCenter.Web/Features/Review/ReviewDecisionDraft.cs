using OpsCenter.Domain.Review;

namespace OpsCenter.Web.Features.Review;

/// <summary>What the decision form holds while the secretary types; its property names are the rules' field names.</summary>
public sealed class ReviewDecisionDraft
{
    public string Text { get; set; } = "";

    public ReviewLinkKind LinkKind { get; set; }

    public string? LinkRef { get; set; }

    public string? ActionText { get; set; }

    public int? OwnerAgencyId { get; set; }

    public string? OwnerPersonName { get; set; }

    /// <summary>The due day as picked (a calendar date; the service keeps it as midnight UTC of that day).</summary>
    public DateTime? DueAt { get; set; }

    public ReviewDecisionInput ToInput() =>
        new(Text, LinkKind, LinkRef, ActionText, OwnerAgencyId, OwnerPersonName, DueAt is { } due ? DateTime.SpecifyKind(due.Date, DateTimeKind.Utc) : null);
}
