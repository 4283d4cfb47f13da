using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpsCenter.Domain.Help;

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
