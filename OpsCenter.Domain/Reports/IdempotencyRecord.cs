namespace OpsCenter.Domain.Reports;

/// <summary>
/// The first answer to a POST that carried an Idempotency-Key, written in the same transaction as the report it created,
/// so a retry after a crash finds either both or neither.
/// </summary>
public sealed class IdempotencyRecord
{
    /// <summary>The client's key, prefixed with its scope (the endpoint and partner) so two clients cannot collide.</summary>
    public required string Key { get; set; }

    /// <summary>SHA-256 of the request body, hex; a different body under the same key is refused.</summary>
    public required string RequestHash { get; set; }

    public long ReportId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }
}
