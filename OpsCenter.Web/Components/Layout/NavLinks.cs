using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Audit;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.National;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Review;
using OpsCenter.Domain.Security;
using OpsCenter.Domain.Wall;

namespace OpsCenter.Web.Components.Layout;

/// <summary>The side menu. A feature adds one line here, with the access rule of the page it links to.</summary>
public static class NavLinks
{
    public sealed record NavLink(string Path, string Thai, string English, string Icon, string Rule)
    {
        public bool IsPublic => Rule == AccessRule.Public.Name;
    }

    public static readonly IReadOnlyList<NavLink> Items =
    [
        new("/national", "ภาพรวมระดับประเทศ", "National overview", "public", NationalPolicy.View),
        new("/report", "แจ้งเรื่อง", "Report a problem", "campaign", AccessRule.Public.Name),
        new("/track", "ติดตามเรื่อง", "Track a report", "manage_search", AccessRule.Public.Name),
        new("/reports", "งานเรื่องร้องเรียน", "Report queue", "assignment", ReportPolicy.Queue),
        new("/reports/import", "นำเข้าเรื่องร้องเรียน", "Import reports", "upload_file", ReportPolicy.Import),
        new("/wall", "จอภาพศูนย์ปฏิบัติการ", "Wall screens", "tv", WallPolicy.View),
        new("/admin/wall", "จัดการจอภาพ", "Manage wall screens", "settings_input_hdmi", WallPolicy.Administer),
        new("/admin/boundaries", "นำเข้าขอบเขตพื้นที่", "Import boundaries", "layers", AreaPolicy.ManageBoundaries),
        new("/map", "แผนที่รายพื้นที่", "District maps", "map", AccessRule.Public.Name),
        new("/budget", "งบประมาณเทียบความต้องการ", "Budget versus need", "account_balance", BudgetPolicy.Read),
        new("/proposals", "ข้อเสนอโครงการของประชาชน", "Citizen proposals", "lightbulb", AccessRule.Public.Name),
        new("/catalog", "บัญชีข้อมูล", "Data catalog", "dataset", CatalogPolicy.Read),
        new("/kpis", "ตัวชี้วัดร่วม", "Joint KPIs", "speed", KpiPolicy.Read),
        new("/reviews", "ประชุมติดตามผล 4 จริง", "Four-real reviews", "co_present", ReviewPolicy.Read),
        new("/reviews/actions", "งานจากข้อสั่งการ", "Actions from reviews", "task_alt", ReviewPolicy.Read),
        new("/admin/users", "ผู้ใช้และสิทธิ์", "Users and roles", "manage_accounts", SecurityPolicy.Administer),
        new("/admin/audit", "บันทึกการตรวจสอบ", "Audit log", "policy", AuditPolicy.Read),
    ];
}
