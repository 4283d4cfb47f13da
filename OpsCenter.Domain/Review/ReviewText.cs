namespace OpsCenter.Domain.Review;

/// <summary>Thai and English names of the review's states, shared by pages, minutes and the CSV.</summary>
public static class ReviewText
{
    public static (string Thai, string English) Status(ActionItemStatus status) => status switch
    {
        ActionItemStatus.Open => ("ยังไม่เริ่ม", "Open"),
        ActionItemStatus.InProgress => ("กำลังดำเนินการ", "In progress"),
        ActionItemStatus.Done => ("เสร็จแล้ว", "Done"),
        ActionItemStatus.Cancelled => ("ยกเลิก", "Cancelled"),
        _ => (status.ToString(), status.ToString()),
    };

    public static (string Thai, string English) Status(ReviewSessionStatus status) => status switch
    {
        ReviewSessionStatus.Planned => ("วางแผน", "Planned"),
        ReviewSessionStatus.Live => ("กำลังประชุม", "Live"),
        ReviewSessionStatus.Closed => ("ปิดการประชุมแล้ว", "Closed"),
        _ => (status.ToString(), status.ToString()),
    };

    public static (string Thai, string English) Link(ReviewLinkKind kind) => kind switch
    {
        ReviewLinkKind.Kpi => ("ตัวชี้วัด", "KPI"),
        ReviewLinkKind.Report => ("เรื่องร้องเรียน", "Report"),
        ReviewLinkKind.Project => ("โครงการ", "Project"),
        ReviewLinkKind.Dataset => ("ชุดข้อมูล", "Dataset"),
        _ => ("", ""),
    };

    /// <summary>Where a link points inside OpsCenter.</summary>
    public static string? Href(ReviewLinkKind kind, string? reference) => reference is null ? null : kind switch
    {
        ReviewLinkKind.Kpi => $"/kpis/{Uri.EscapeDataString(reference)}",
        ReviewLinkKind.Report => $"/track/{Uri.EscapeDataString(reference)}",
        ReviewLinkKind.Project => $"/budget/projects/{Uri.EscapeDataString(reference)}",
        ReviewLinkKind.Dataset => $"/catalog/{Uri.EscapeDataString(reference)}",
        _ => null,
    };
}
