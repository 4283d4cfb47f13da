namespace OpsCenter.Domain.Reports;

public enum ReportKind
{
    /// <summary>ข้อร้องเรียน: something is wrong and someone should fix it.</summary>
    Complaint = 1,

    /// <summary>ความต้องการ: something is missing and should be planned and budgeted.</summary>
    Need = 2,
}

public enum ReportStatus
{
    Received = 1,
    Assigned = 2,
    InProgress = 3,
    Forwarded = 4,
    Resolved = 5,
    Rejected = 6,
    Duplicate = 7,
}

public enum ReportChannel
{
    Web = 1,
    Open311 = 2,
    Traffy = 3,
    CommunityForum = 4,
    Staff = 5,
}

/// <summary>A citizen's complaint or need. Personal data about the reporter is never stored on this row.</summary>
public sealed class CitizenReport
{
    public long Id { get; set; }

    public required string TrackingNumber { get; set; }

    public required string ProvinceCode { get; set; }

    public ReportKind Kind { get; set; }

    public required string CategoryCode { get; set; }

    public required string Description { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? DistrictCode { get; set; }

    public string? SubdistrictCode { get; set; }

    public ReportStatus Status { get; set; }

    public int? OwnerAgencyId { get; set; }

    public ReportChannel Channel { get; set; }

    /// <summary>The id in the system it came from (a Traffy ticket id, say); unique per channel so re-imports update instead of duplicating.</summary>
    public string? ExternalId { get; set; }

    public DateTime ReceivedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? DueAt { get; set; }

    public DateTime? ResolvedAt { get; set; }

    /// <summary>Where the reporter said it is, in words (Open311 address_string, a Traffy address).</summary>
    public string? Address { get; set; }

    /// <summary>A photo kept by the source system (a Traffy attachment URL); uploaded photos live in <see cref="ReportPhoto"/>.</summary>
    public string? ExternalPhotoUrl { get; set; }

    /// <summary>The source system's own state text, kept verbatim because exports invent new ones.</summary>
    public string? ExternalStatus { get; set; }

    /// <summary>The staff member who took the report, if any; the owner agency stays accountable either way.</summary>
    public string? AssignedUserId { get; set; }

    public string? AssignedUserName { get; set; }

    /// <summary>How many citizens reported this: 1, plus everyone whose duplicate was merged into it.</summary>
    public int ReporterCount { get; set; } = 1;

    /// <summary>Set when staff merged this report into another one.</summary>
    public long? DuplicateOfId { get; set; }

    /// <summary>The nearest open report of the same category found at intake, for staff to confirm or dismiss.</summary>
    public long? PossibleDuplicateOfId { get; set; }

    public EscalationLevel EscalationLevel { get; set; }

    /// <summary>
    /// Set when an imported row's own district or subdistrict name differs from where its point lies: shown to staff
    /// until a steward settles it (the point stays authoritative). Null when they agree or nothing was compared.
    /// </summary>
    public string? LocationDisagreement { get; set; }

    public int ReopenCount { get; set; }

    /// <summary>The latest public note (Open311 status_notes): a resolution, a rejection reason.</summary>
    public string? StatusNote { get; set; }

    public bool IsOpen => ReportStatuses.IsOpen(Status);
}

/// <summary>Who has been told that a report is overdue; each level is one event.</summary>
public enum EscalationLevel
{
    None = 0,

    /// <summary>นายอำเภอ of the report's district.</summary>
    DistrictChief = 1,

    /// <summary>รองผู้ว่าราชการจังหวัด.</summary>
    DeputyGovernor = 2,

    /// <summary>
    /// Imported already overdue (history, not news): the sweep never escalates it one by one; the import raised one
    /// backlog event for its area instead. A reopened report starts afresh (None), like any escalated one.
    /// </summary>
    ImportedBacklog = 3,
}

public static class ReportStatuses
{
    public static bool IsOpen(ReportStatus status) =>
        status is ReportStatus.Received or ReportStatus.Assigned or ReportStatus.InProgress or ReportStatus.Forwarded;

    public static readonly IReadOnlyList<ReportStatus> Open =
        [ReportStatus.Received, ReportStatus.Assigned, ReportStatus.InProgress, ReportStatus.Forwarded];

    public static string ThaiName(ReportStatus status) => status switch
    {
        ReportStatus.Received => "รับเรื่องแล้ว",
        ReportStatus.Assigned => "มอบหมายแล้ว",
        ReportStatus.InProgress => "กำลังดำเนินการ",
        ReportStatus.Forwarded => "ส่งต่อ",
        ReportStatus.Resolved => "เสร็จสิ้น",
        ReportStatus.Rejected => "ไม่รับเรื่อง",
        ReportStatus.Duplicate => "เรื่องซ้ำ",
        _ => status.ToString(),
    };

    public static string EnglishName(ReportStatus status) => status switch
    {
        ReportStatus.InProgress => "In progress",
        _ => status.ToString(),
    };

    /// <summary>The lower-case code APIs use: received, assigned, in_progress, forwarded, resolved, rejected, duplicate.</summary>
    public static string Code(ReportStatus status) => status switch
    {
        ReportStatus.InProgress => "in_progress",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static string KindThai(ReportKind kind) => kind == ReportKind.Need ? "ความต้องการ" : "ข้อร้องเรียน";

    public static string KindEnglish(ReportKind kind) => kind == ReportKind.Need ? "Need" : "Complaint";

    public static string ChannelThai(ReportChannel channel) => channel switch
    {
        ReportChannel.Web => "เว็บไซต์",
        ReportChannel.Open311 => "Open311 (แอปพันธมิตร)",
        ReportChannel.Traffy => "Traffy Fondue",
        ReportChannel.CommunityForum => "เวทีประชาคม",
        _ => "เจ้าหน้าที่",
    };

    public static string ChannelEnglish(ReportChannel channel) => channel switch
    {
        ReportChannel.Open311 => "Open311 (partner app)",
        ReportChannel.Traffy => "Traffy Fondue",
        ReportChannel.CommunityForum => "community forum",
        ReportChannel.Staff => "staff",
        _ => "the web",
    };
}

public static class OpenReportQueries
{
    /// <summary>
    /// The open reports, with the statuses written into the SQL as constants (not parameters), so PostgreSQL can prove
    /// the open-by-due partial index's predicate in every plan, generic ones included.
    /// </summary>
    public static IQueryable<CitizenReport> WhereOpen(this IQueryable<CitizenReport> reports) =>
        reports.Where(r => r.Status == ReportStatus.Received || r.Status == ReportStatus.Assigned
            || r.Status == ReportStatus.InProgress || r.Status == ReportStatus.Forwarded);
}
