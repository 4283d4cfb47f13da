using System.Text.RegularExpressions;

namespace OpsCenter.Tests.Web.Security;

/// <summary>Rules checked on the source, where a reviewer would otherwise have to remember them.</summary>
public sealed partial class SourceRulesTests
{
    /// <summary>Posts that deliberately carry no token: dropping a television's screen cookie harms nothing.</summary>
    private static readonly string[] TokenlessPostActions = ["/wall/disconnect"];

    [Fact]
    public void NoComponent_RendersRawMarkup()
    {
        var offenders = SourceFiles("OpsCenter.Web", "*.razor", "*.cs")
            .Where(f => RawMarkup().IsMatch(File.ReadAllText(f)))
            .Select(Path.GetFileName)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void EveryScriptThatBuildsHtml_EscapesWhatItInterpolates()
    {
        var offenders = SourceFiles("wwwroot-assets/src", "*.js")
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => HtmlSink().IsMatch(l.Text) && Interpolation().Matches(l.Text).Any(m => !m.Value.Contains("escapeHtml(", StringComparison.Ordinal) && !m.Value.Contains(".color", StringComparison.Ordinal)))
            .Select(l => $"{l.File}:{l.Line}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void EveryPostingForm_CarriesAnAntiforgeryToken()
    {
        var offenders = new List<string>();
        foreach (var file in SourceFiles("OpsCenter.Web", "*.razor"))
        {
            var text = File.ReadAllText(file);
            foreach (Match form in PostForm().Matches(text))
            {
                var action = FormAction().Match(form.Value).Groups[1].Value;
                var body = text[form.Index..Math.Min(text.Length, text.IndexOf("</form>", form.Index, StringComparison.Ordinal) + 7)];
                if (!body.Contains("<AntiforgeryToken", StringComparison.Ordinal) && !TokenlessPostActions.Contains(action))
                {
                    offenders.Add($"{Path.GetFileName(file)}: {form.Value}");
                }
            }
        }

        Assert.Empty(offenders);
    }

    private static IEnumerable<string> SourceFiles(string folder, params string[] patterns) =>
        patterns.SelectMany(p => Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), folder), p, SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains("node_modules", StringComparison.Ordinal));

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OpsCenter.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("OpsCenter.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"MarkupString|AddMarkupContent\(|Html\.Raw")]
    private static partial Regex RawMarkup();

    [GeneratedRegex(@"innerHTML|outerHTML|insertAdjacentHTML|bindTooltip\(|bindPopup\(|document\.write")]
    private static partial Regex HtmlSink();

    [GeneratedRegex(@"\$\{[^}]*\}")]
    private static partial Regex Interpolation();

    [GeneratedRegex(@"<form[^>]*method=""post""[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex PostForm();

    [GeneratedRegex(@"action=""([^""]*)""")]
    private static partial Regex FormAction();
}
