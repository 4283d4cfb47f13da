using OpsCenter.Domain.Common;
namespace OpsCenter.Domain.Reports.Workflow;

/// <summary>
/// A staff action as an agency's own system sends it: the action's word, and a note, an agency (code or id) or the
/// tracking number of the report to merge into. It becomes the same <see cref="WorkRequest"/> the pages send.
/// </summary>
public sealed record StaffCommand(string Action, string? Note = null, string? Agency = null, string? Target = null)
{
    public static readonly IReadOnlyDictionary<string, ReportAction> Actions = new Dictionary<string, ReportAction>(StringComparer.OrdinalIgnoreCase)
    {
        ["take"] = ReportAction.Take,
        ["assign"] = ReportAction.Assign,
        ["forward"] = ReportAction.Forward,
        ["start"] = ReportAction.StartWork,
        ["resolve"] = ReportAction.Resolve,
        ["reject"] = ReportAction.Reject,
        ["merge"] = ReportAction.MarkDuplicate,
    };
}

/// <summary>How a staff command ended: done (with the report's new status), or refused and why.</summary>
public sealed record StaffCommandResult(StaffCommandOutcome Outcome, FieldError? Error = null, ReportStatus? Status = null);

public enum StaffCommandOutcome
{
    Done,
    UnknownAction,
    NotFound,
    Forbidden,
    Invalid,
}
