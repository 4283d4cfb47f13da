using System.Security.Claims;
using OpsCenter.Domain.Audit;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Security;

namespace OpsCenter.Domain.Reports.Workflow;

/// <summary>A signed-in staff member as the report rules see them.</summary>
public sealed record StaffActor(string UserId, string Name, string ProvinceCode, int? AgencyId, IReadOnlySet<string> Roles)
{
    public bool IsIn(string role) => Roles.Contains(role);

    public AuditActor ForAudit => new(UserId, Name);

    public Viewer AsViewer => new(ViewerKind.Staff, Roles, ProvinceCode, AgencyId);

    public static StaffActor? From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true || OpsClaims.ProvinceOf(user) is not { } province)
        {
            return null;
        }

        var id = user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.Identity.Name ?? "";
        return new StaffActor(id, OpsClaims.DisplayNameOf(user), province, OpsClaims.AgencyOf(user),
            OpsRoles.All.Where(user.IsInRole).ToHashSet());
    }
}

/// <summary>Who may see, work on, and read the reporter of a report.</summary>
public static class ReportPermissions
{
    /// <summary>The roles that see the work queue.</summary>
    public const string QueueRoles = OpsRoles.Executive + "," + OpsRoles.Official + "," + OpsRoles.AgencyStaff + "," + OpsRoles.Admin;

    public const string ImportRoles = OpsRoles.DataSteward + "," + OpsRoles.Admin;

    public static bool CanView(StaffActor actor, string provinceCode) =>
        actor.ProvinceCode == provinceCode && (actor.IsIn(OpsRoles.Executive) || actor.IsIn(OpsRoles.Official) || actor.IsIn(OpsRoles.AgencyStaff) || actor.IsIn(OpsRoles.Admin));

    /// <summary>Province staff and administrators act on any report; agency staff on their own agency's.</summary>
    public static bool CanWork(StaffActor actor, string provinceCode, int? ownerAgencyId) =>
        actor.ProvinceCode == provinceCode &&
        (actor.IsIn(OpsRoles.Official) || actor.IsIn(OpsRoles.Executive) || actor.IsIn(OpsRoles.Admin) ||
         (actor.IsIn(OpsRoles.AgencyStaff) && actor.AgencyId is { } own && own == ownerAgencyId));

    /// <summary>
    /// Contact details are personal data (<see cref="ReportFieldClassification"/>): for the people who call the reporter
    /// back, the province's officials and the owner agency's people. Executives, presenters and administrators see that
    /// a contact exists, masked.
    /// </summary>
    public static bool CanReadContact(StaffActor actor, string provinceCode, int? ownerAgencyId) =>
        ReportFieldClassification.CanSee(ReportField.ReporterPhone, actor.AsViewer, provinceCode, ownerAgencyId);

    /// <summary>The citizen's description, photo, address and exact location: the same clearance as the contact.</summary>
    public static bool CanSeePersonal(StaffActor actor, string provinceCode, int? ownerAgencyId) =>
        ReportFieldClassification.CanSee(ReportField.Description, actor.AsViewer, provinceCode, ownerAgencyId);
}
