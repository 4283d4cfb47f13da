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

    /// <summary>What changed, in words an auditor reads (e.g. the roles before and after); never personal data.</summary>
    public string? Detail { get; set; }
}

public static class AuditActions
{
    public const string ReporterContactRead = "reporter_contact.read";
    public const string ReportsExported = "reports.exported";
    public const string UserRolesChanged = "user.roles_changed";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string DataSubjectExported = "data_subject.exported";
    public const string ReportsAnonymised = "reports.anonymised";
    public const string ProvinceOpenedNationally = "national.province_opened";
    public const string AccessTokenIssued = "access_token.issued";
    public const string AccessTokenRevoked = "access_token.revoked";

    public static readonly IReadOnlyList<string> All =
        [ReporterContactRead, ReportsExported, UserRolesChanged, UserDisabled, UserEnabled, DataSubjectExported, ReportsAnonymised, ProvinceOpenedNationally, AccessTokenIssued, AccessTokenRevoked];
}
