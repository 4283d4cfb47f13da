using OpsCenter.Domain.Review;

namespace OpsCenter.Web.Features.Review;

public enum AgendaChangeKind
{
    Up = 1,
    Down = 2,
    Remove = 3,
    Add = 4,

    /// <summary>Rebuild a planned agenda from today's facts.</summary>
    Rebuild = 5,
}

/// <summary>An edit of the agenda the editor asks its page to make.</summary>
public sealed record AgendaChange(AgendaChangeKind Kind, int ItemId, ReviewSection Section = ReviewSection.RealAction, string? Title = null);
