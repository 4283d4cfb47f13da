namespace OpsCenter.Web.Cli;

/// <summary>
/// Splits <c>import traffy data.csv --Database:Provider Postgres</c> into the verb words ("import traffy data.csv")
/// and the host's configuration arguments (everything from the first option on).
/// </summary>
public sealed record CliCommand(IReadOnlyList<string> Words, string[] HostArguments)
{
    public string? Verb => Words.Count == 0 ? null : string.Join(' ', Words);

    /// <summary>Options that belong to a verb (each takes one value), not to the host's configuration.</summary>
    private static readonly HashSet<string> VerbOptions = new(StringComparer.Ordinal) { "--level", "--rejections", "--data", "--years" };

    public static CliCommand Parse(string[] args)
    {
        var words = new List<string>();
        var i = 0;
        for (; i < args.Length; i++)
        {
            if (VerbOptions.Contains(args[i]) && i + 1 < args.Length)
            {
                words.Add(args[i]);
                words.Add(args[++i]);
            }
            else if (args[i].StartsWith('-') || args[i].Contains('=', StringComparison.Ordinal))
            {
                break;
            }
            else
            {
                words.Add(args[i]);
            }
        }

        return new CliCommand(words, args[i..]);
    }
}
