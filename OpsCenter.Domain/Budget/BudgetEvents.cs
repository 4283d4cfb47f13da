namespace OpsCenter.Domain.Budget;

/// <summary>
/// Event kinds of the budget feature. SubjectId is the project id, or "fy:2570" when an import changed many projects
/// of a fiscal year at once; listeners reload what they show either way.
/// </summary>
public static class BudgetEvents
{
    /// <summary>Requested, approved or disbursed amounts changed (the wall's budget-versus-need reloads on it).</summary>
    public const string LineChanged = "budget.line_changed";

    /// <summary>A project was created or its plan data, status or milestones changed.</summary>
    public const string ProjectChanged = "budget.project_changed";

    /// <summary>An evidence link was added to or removed from a project.</summary>
    public const string EvidenceChanged = "budget.evidence_changed";

    /// <summary>External indicator values were imported; SubjectId is the indicator code.</summary>
    public const string IndicatorsImported = "budget.indicators_imported";

    public static string FiscalYearSubject(int fiscalYear) => $"fy:{fiscalYear}";
}
