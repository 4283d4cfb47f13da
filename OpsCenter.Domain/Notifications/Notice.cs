namespace OpsCenter.Domain.Notifications;

/// <summary>
/// Someone to tell: a staff member (by user id) or a citizen (by the report whose consented contact it is). The address
/// travels with the recipient so that a rule never has to look anyone up, and so that a message can only reach the
/// person the rule named.
/// </summary>
public sealed record NoticeRecipient(string? UserId, long? CitizenReportId, string? Email)
{
    public static NoticeRecipient Staff(StaffMember member) => new(member.UserId, null, member.Email);

    public static NoticeRecipient Citizen(long reportId, string email) => new(null, reportId, email);

    public bool IsCitizen => CitizenReportId is not null;

    /// <summary>The part of an idempotency key that names the person: stable however their address changes.</summary>
    public string KeyPart => IsCitizen ? $"citizen:{CitizenReportId}" : $"user:{UserId}";
}

/// <summary>What a message says, Thai first and English second, with the one link it is about.</summary>
public sealed record NoticeText(string SubjectTh, string SubjectEn, string BodyTh, string BodyEn, string Link)
{
    public string Subject => $"{SubjectTh} / {SubjectEn}";
}

/// <summary>
/// A rule's decision that one person is to be told one thing. <see cref="Key"/> names that decision: the same facts
/// always give the same key, which the database keeps unique, so a rule that runs again tells nobody twice.
/// </summary>
public sealed record Notice(string Key, string Kind, string ProvinceCode, NoticeRecipient Recipient, NoticeText Text);

/// <summary>A staff member who may be told something: who, how to reach them, and where they sit.</summary>
public sealed record StaffMember(string UserId, string DisplayName, string? Email, string ProvinceCode, int? AgencyId, IReadOnlyList<string> Roles)
{
    public bool HasRole(string role) => Roles.Contains(role, StringComparer.Ordinal);
}
