namespace OpsCenter.Domain.Review;

/// <summary>Event kinds of the review; the subject is the session id, except for actions (the action id).</summary>
public static class ReviewEvents
{
    public const string SessionChanged = "review.session_changed";
    public const string PresenterMoved = "review.presenter_moved";
    public const string DecisionTaken = "review.decision_taken";
    public const string ActionChanged = "review.action_changed";
}
