using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Reports;

/// <summary>Who may see, work on, and read the reporter of a report.</summary>
public static class ReportPolicy
{
    /// <summary>The work queue and its export: the province's executives, officials, agency staff and administrators.</summary>
    public const string Queue = "reports.queue";

    /// <summary>Bulk imports of other channels' reports, and the review of their locations.</summary>
    public const string Import = "reports.import";

    public static readonly FeaturePolicy Rules = new(
        new AccessRule(Queue, [OpsRoles.Executive, OpsRoles.Official, OpsRoles.AgencyStaff, OpsRoles.Admin]),
        new AccessRule(Import, [OpsRoles.DataSteward, OpsRoles.Admin]));

    public static bool CanView(Actor actor, string provinceCode) =>
        actor.ProvinceCode == provinceCode && Rules.Admits(Queue, actor);

    public static bool CanImport(Actor actor) => Rules.Admits(Import, actor);

    /// <summary>Province staff and administrators act on any report; agency staff on their own agency's.</summary>
    public static bool CanWork(Actor actor, string provinceCode, int? ownerAgencyId) =>
        CanView(actor, provinceCode) &&
        (actor.IsIn(OpsRoles.Official) || actor.IsIn(OpsRoles.Executive) || actor.IsIn(OpsRoles.Admin) ||
         (actor.IsIn(OpsRoles.AgencyStaff) && actor.AgencyId is { } own && own == ownerAgencyId));

    /// <summary>
    /// Contact details are personal data (<see cref="ReportFieldClassification"/>): for the people who call the reporter
    /// back, the province's officials and the owner agency's people. Executives, presenters and administrators see that
    /// a contact exists, masked.
    /// </summary>
    public static bool CanReadContact(Actor actor, string provinceCode, int? ownerAgencyId) =>
        ReportFieldClassification.CanSee(ReportField.ReporterPhone, actor, provinceCode, ownerAgencyId);

    /// <summary>The citizen's description, photo, address and exact location: the same clearance as the contact.</summary>
    public static bool CanSeePersonal(Actor actor, string provinceCode, int? ownerAgencyId) =>
        ReportFieldClassification.CanSee(ReportField.Description, actor, provinceCode, ownerAgencyId);
}
