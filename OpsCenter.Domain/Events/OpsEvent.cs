namespace OpsCenter.Domain.Events;

/// <summary>
/// Something changed. Events carry ids only: listeners reload what they show, so an event can never leak personal data
/// to a wall screen and its cross-instance notification stays tiny.
/// </summary>
public sealed record OpsEvent(string Kind, string ProvinceCode, string SubjectId, DateTime OccurredAt)
{
    /// <summary>The outbox row id; 0 before the event is saved.</summary>
    public long Sequence { get; init; }
}
