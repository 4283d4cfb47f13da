using MudBlazor;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Audit;
using OpsCenter.Domain.Notifications;
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
        // Icon: a MudBlazor SVG path (Icons.Material.*), drawn inline: no icon font, no emoji font needed on a kiosk.
        public bool IsPublic => Rule == AccessRule.Public.Name;
    }

    public static readonly IReadOnlyList<NavLink> Items =
    [
        new("/national", "ภาพรวมระดับประเทศ", "National overview", Icons.Material.Outlined.Public, NationalPolicy.View),
        new("/report", "แจ้งเรื่อง", "Report a problem", Icons.Material.Outlined.Campaign, AccessRule.Public.Name),
        new("/track", "ติดตามเรื่อง", "Track a report", Icons.Material.Outlined.ManageSearch, AccessRule.Public.Name),
        new("/reports", "งานเรื่องร้องเรียน", "Report queue", Icons.Material.Outlined.Assignment, ReportPolicy.Queue),
        new("/reports/import", "นำเข้าเรื่องร้องเรียน", "Import reports", Icons.Material.Outlined.UploadFile, ReportPolicy.Import),
        new("/wall", "จอภาพศูนย์ปฏิบัติการ", "Wall screens", Icons.Material.Outlined.Tv, WallPolicy.View),
        new("/admin/wall", "จัดการจอภาพ", "Manage wall screens", Icons.Material.Outlined.SettingsInputHdmi, WallPolicy.Administer),
        new("/admin/boundaries", "นำเข้าขอบเขตพื้นที่", "Import boundaries", Icons.Material.Outlined.Layers, AreaPolicy.ManageBoundaries),
        new("/map", "แผนที่รายพื้นที่", "District maps", Icons.Material.Outlined.Map, AccessRule.Public.Name),
        new("/budget", "งบประมาณเทียบความต้องการ", "Budget versus need", Icons.Material.Outlined.AccountBalance, BudgetPolicy.Read),
        new("/proposals", "ข้อเสนอโครงการของประชาชน", "Citizen proposals", Icons.Material.Outlined.Lightbulb, AccessRule.Public.Name),
        new("/catalog", "บัญชีข้อมูล", "Data catalog", Icons.Material.Outlined.Dataset, CatalogPolicy.Read),
        new("/catalog/indicators", "ตัวชี้วัดจากข้อมูล", "Indicators from data", Icons.Material.Outlined.QueryStats, CatalogPolicy.Edit),
        new("/kpis", "ตัวชี้วัดร่วม", "Joint KPIs", Icons.Material.Outlined.Speed, KpiPolicy.Read),
        new("/reviews", "ประชุมติดตามผล 4 จริง", "Four-real reviews", Icons.Material.Outlined.CoPresent, ReviewPolicy.Read),
        new("/reviews/actions", "งานจากข้อสั่งการ", "Actions from reviews", Icons.Material.Outlined.TaskAlt, ReviewPolicy.Read),
        new("/admin/users", "ผู้ใช้และสิทธิ์", "Users and roles", Icons.Material.Outlined.ManageAccounts, SecurityPolicy.Administer),
        new("/admin/audit", "บันทึกการตรวจสอบ", "Audit log", Icons.Material.Outlined.Policy, AuditPolicy.Read),
        new("/notifications", "การแจ้งเตือนของฉัน", "My notifications", Icons.Material.Outlined.Notifications, NotificationPolicy.Read),
        new("/admin/notifications", "การส่งการแจ้งเตือน", "Notification deliveries", Icons.Material.Outlined.MarkEmailRead, NotificationPolicy.Administer),
        new("/admin/webhooks", "เว็บฮุกของหน่วยงาน", "Agency webhooks", Icons.Material.Outlined.Webhook, NotificationPolicy.Administer),
        new("/help", "คู่มือการใช้งาน", "User guide", Icons.Material.Outlined.MenuBook, AccessRule.Public.Name),
    ];
}
