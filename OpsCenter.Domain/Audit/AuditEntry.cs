namespace OpsCenter.Domain.Audit;

/// <summary>An append-only record that someone did something sensitive, such as reading a reporter's contact details.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public string? UserId { get; set; }

    public required string UserName { get; set; }

    /// <summary>What was done, e.g. <see cref="AuditActions.ReporterContactRead"/>.</summary>
    public required string Action { get; set; }

    public required string SubjectType { get; set; }

    public required string SubjectId { get; set; }

    public string? ProvinceCode { get; set; }
}

public static class AuditActions
{
    public const string ReporterContactRead = "reporter_contact.read";
}
