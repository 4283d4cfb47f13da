using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpsCenter.Web.Features.Help;

/// <summary>Thai first, English second, as everywhere in the app.</summary>
public sealed record HelpText(string Th, string En)
{
    public override string ToString() => Shared.Bilingual.T(Th, En);
}

/// <summary>
/// Something the browser test does before it takes the step's picture, as the reader would: click the button or link
/// named <see cref="Click"/>, or the element <see cref="Select"/> finds (a CSS selector, for a row of a list); type
/// <see cref="Text"/> into the field <see cref="Fill"/> finds; put a file (<see cref="FileName"/>, <see cref="FileText"/>)
/// in the upload field <see cref="Upload"/> finds; or bring the element <see cref="ScrollTo"/> finds into view.
/// </summary>
public sealed record HelpAction(
    string? Click = null,
    string? Select = null,
    string? Fill = null,
    string? Text = null,
    string? Upload = null,
    string? FileName = null,
    string? FileText = null,
    string? ScrollTo = null);

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

/// <summary>The guide of one role, read from <c>Guides/{Role}.json</c>; the app shows it and the browser tests walk it.</summary>
public sealed record HelpGuide(
    string Role,
    int Order,
    string SignInAs,
    string Display,
    HelpText Title,
    HelpText Summary,
    IReadOnlyList<HelpStep> Steps)
{
    public const string Anonymous = "anonymous";

    public const string ImageFolder = "help/img";

    public string Path => "/help/" + Role;

    public string DisplayOf(HelpStep step) => step.Display ?? Display;

    /// <summary>The picture's place under wwwroot, which is also its URL without the leading slash.</summary>
    public string ImageOf(HelpStep step) => $"{ImageFolder}/{Role}/{step.Id}.png";

    internal static HelpGuide Read(Stream json) =>
        JsonSerializer.Deserialize<HelpGuide>(json, JsonOptions) ?? throw new InvalidDataException("An empty help guide.");

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };
}
