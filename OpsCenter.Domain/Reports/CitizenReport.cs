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

    public bool IsOpen => ReportStatuses.IsOpen(Status);
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
}
