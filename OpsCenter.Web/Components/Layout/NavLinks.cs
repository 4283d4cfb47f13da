namespace OpsCenter.Web.Components.Layout;

/// <summary>The side menu. A feature adds one line here; Roles is a comma-separated list, or null for any signed-in user.</summary>
public static class NavLinks
{
    public sealed record NavLink(string Path, string Thai, string English, string Icon, string? Roles = null);

    public static readonly IReadOnlyList<NavLink> Items =
    [
        new("/catalog", "บัญชีข้อมูล", "Data catalog", "dataset"),
        new("/kpis", "ตัวชี้วัดร่วม", "Joint KPIs", "speed"),
    ];
}
