namespace OpsCenter.Web.Cli;

/// <summary>
/// Splits <c>import traffy data.csv --Database:Provider Postgres</c> into the verb words ("import traffy data.csv")
/// and the host's configuration arguments (everything from the first option on).
/// </summary>
public sealed record CliCommand(IReadOnlyList<string> Words, string[] HostArguments)
{
    public string? Verb => Words.Count == 0 ? null : string.Join(' ', Words);

    public static CliCommand Parse(string[] args)
    {
        var firstOption = Array.FindIndex(args, a => a.StartsWith('-') || a.Contains('=', StringComparison.Ordinal));
        var split = firstOption < 0 ? args.Length : firstOption;
        return new CliCommand(args[..split], args[split..]);
    }
}
