namespace OpsCenter.Domain.Help;

/// <summary>
/// One step of a role's guide. <see cref="Route"/> is the page's route template (the page the picture shows and the "?"
/// of that page links to); <see cref="Open"/> the address to open when it differs (a query, or a record to show);
/// <see cref="Labels"/> the words on the screen the text tells the reader to look for, which the test finds on the page.
/// </summary>
public sealed record HelpStep(
    string Id,
    HelpText Title,
    HelpText Text,
    string Route,
    string? Open = null,
    string? Display = null,
    IReadOnlyList<string>? Labels = null,
    IReadOnlyList<HelpAction>? Before = null)
{
    public IReadOnlyList<string> LabelsOrNone => Labels ?? [];

    public IReadOnlyList<HelpAction> BeforeOrNone => Before ?? [];

    /// <summary>A step without a picture: what happens outside the app's screens.</summary>
    public bool IsTextOnly => Route.Length == 0;

    /// <summary>The address a reader can follow, where the route names no record.</summary>
    public string? Link => IsTextOnly || Route.Contains('{', StringComparison.Ordinal) ? null : Open ?? Route;
}
