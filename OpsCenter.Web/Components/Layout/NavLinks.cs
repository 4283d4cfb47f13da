namespace OpsCenter.Web.Components.Layout;

/// <summary>The side menu. A feature adds one line here; Roles is a comma-separated list, or null for any signed-in user.</summary>
public static class NavLinks
{
    public sealed record NavLink(string Path, string Thai, string English, string Icon, string? Roles = null);

    public static readonly IReadOnlyList<NavLink> Items =
    [
        new("/wall", "จอภาพศูนย์ปฏิบัติการ", "Wall screens", "tv"),
        new("/admin/wall", "จัดการจอภาพ", "Manage wall screens", "settings_input_hdmi", "Admin"),
    ];
}
