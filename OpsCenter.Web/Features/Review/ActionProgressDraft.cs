using OpsCenter.Domain.Review;

namespace OpsCenter.Web.Features.Review;

/// <summary>An owner's progress report as its form holds it; "progressPercent" and the rest name these properties.</summary>
public sealed class ActionProgressDraft
{
    public ActionItemStatus Status { get; set; }

    public int ProgressPercent { get; set; }

    public string? Note { get; set; }

    public ActionProgressInput ToInput() => new(Status, ProgressPercent, Note);
}
