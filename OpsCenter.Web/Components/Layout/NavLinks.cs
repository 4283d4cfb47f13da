namespace OpsCenter.Web.Components.Layout;

/// <summary>The side menu. A feature adds one line here; Roles is a comma-separated list, null for any signed-in user, or <see cref="Everyone"/>.</summary>
public static class NavLinks
{
    /// <summary>Roles value of links that anonymous visitors see too.</summary>
    public const string Everyone = "*";

    public sealed record NavLink(string Path, string Thai, string English, string Icon, string? Roles = null);

    public static readonly IReadOnlyList<NavLink> Items =
    [
        new("/national", "ภาพรวมระดับประเทศ", "National overview", "public", Domain.Identity.OpsRoles.National),
        new("/report", "แจ้งเรื่อง", "Report a problem", "campaign", Everyone),
        new("/track", "ติดตามเรื่อง", "Track a report", "manage_search", Everyone),
        new("/reports", "งานเรื่องร้องเรียน", "Report queue", "assignment", Domain.Reports.Workflow.ReportPermissions.QueueRoles),
        new("/reports/import", "นำเข้าเรื่องร้องเรียน", "Import reports", "upload_file", Domain.Reports.Workflow.ReportPermissions.ImportRoles),
        new("/wall", "จอภาพศูนย์ปฏิบัติการ", "Wall screens", "tv"),
        new("/admin/wall", "จัดการจอภาพ", "Manage wall screens", "settings_input_hdmi", "Admin"),
        new("/admin/boundaries", "นำเข้าขอบเขตพื้นที่", "Import boundaries", "layers", "Admin"),
        new("/map", "แผนที่รายพื้นที่", "District maps", "map", Everyone),
        new("/budget", "งบประมาณเทียบความต้องการ", "Budget versus need", "account_balance"),
        new("/proposals", "ข้อเสนอโครงการของประชาชน", "Citizen proposals", "lightbulb", Everyone),
        new("/catalog", "บัญชีข้อมูล", "Data catalog", "dataset"),
        new("/kpis", "ตัวชี้วัดร่วม", "Joint KPIs", "speed"),
        new("/reviews", "ประชุมติดตามผล 4 จริง", "Four-real reviews", "co_present"),
        new("/reviews/actions", "งานจากข้อสั่งการ", "Actions from reviews", "task_alt"),
        new("/admin/users", "ผู้ใช้และสิทธิ์", "Users and roles", "manage_accounts", "Admin"),
        new("/admin/audit", "บันทึกการตรวจสอบ", "Audit log", "policy", "Admin"),
    ];
}
