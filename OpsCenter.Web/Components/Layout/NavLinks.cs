namespace OpsCenter.Web.Components.Layout;

/// <summary>
/// The side menu. A feature adds one line here; Roles is a comma-separated list, or null for any signed-in user;
/// Anonymous links show to everyone, signed in or not.
/// </summary>
public static class NavLinks
{
    public sealed record NavLink(string Path, string Thai, string English, string Icon, string? Roles = null, bool Anonymous = false);

    public static readonly IReadOnlyList<NavLink> Items =
    [
        new("/budget", "งบประมาณเทียบความต้องการ", "Budget versus need", "account_balance"),
        new("/proposals", "ข้อเสนอโครงการของประชาชน", "Citizen proposals", "campaign", Anonymous: true),
    ];
}
