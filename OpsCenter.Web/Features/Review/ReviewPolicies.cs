using OpsCenter.Domain.Identity;

namespace OpsCenter.Web.Features.Review;

public static class ReviewPolicies
{
    /// <summary>Who drives the screens from the presenter console.</summary>
    public const string Present = "ReviewPresent";

    /// <summary>Who plans sessions and edits their agenda.</summary>
    public const string Manage = "ReviewManage";

    /// <summary>Who reports progress on actions: a province's own people (which action is checked per record), not the national office.</summary>
    public const string ReportProgress = "ReviewReportProgress";

    public static readonly string[] PresentRoles = [OpsRoles.Presenter, OpsRoles.Admin];

    public static readonly string[] ManageRoles = [OpsRoles.Presenter, OpsRoles.Official, OpsRoles.Executive, OpsRoles.Admin];

    /// <summary>Roles that may report progress on any agency's action; everyone else only on their own agency's.</summary>
    public static readonly string[] AnyAgencyRoles = [OpsRoles.Official, OpsRoles.Executive, OpsRoles.Admin];

    public const string PresentRolesList = "Presenter,Admin";
}
