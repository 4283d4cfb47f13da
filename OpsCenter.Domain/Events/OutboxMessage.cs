namespace OpsCenter.Domain.Events;

/// <summary>An event row written in the same transaction as the change it describes, so no committed change goes unannounced.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public required string Kind { get; set; }

    public required string ProvinceCode { get; set; }

    public required string SubjectId { get; set; }

    public DateTime OccurredAt { get; set; }

    public OpsEvent ToEvent() => new(Kind, ProvinceCode, SubjectId, OccurredAt) { Sequence = Id };

    public static OutboxMessage From(OpsEvent opsEvent) => new()
    {
        Kind = opsEvent.Kind,
        ProvinceCode = opsEvent.ProvinceCode,
        SubjectId = opsEvent.SubjectId,
        OccurredAt = opsEvent.OccurredAt,
    };
}
