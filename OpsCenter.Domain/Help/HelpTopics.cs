using System.Security.Claims;

namespace OpsCenter.Domain.Help;

/// <summary>Where the header's "?" leads: the guide's step about the page being shown, in the reader's own role's guide first.</summary>
public static class HelpTopics
{
    public const string Index = "/help";

    public static string For(string path, ClaimsPrincipal user)
    {
        var signedIn = user.Identity?.IsAuthenticated == true;
        var matches = HelpGuides.All
            .SelectMany(g => g.Steps.Where(s => !s.IsTextOnly && Matches(s.Route, path)).Select(s => (Guide: g, Step: s)))
            .OrderByDescending(m => m.Step.Route.Count(c => c == '{') == 0)
            .ThenByDescending(m => signedIn ? user.IsInRole(m.Guide.SignInAs) : m.Guide.SignInAs == HelpGuide.Anonymous)
            .ToList();
        return matches.Count == 0 ? Index : $"{matches[0].Guide.Path}#{matches[0].Step.Id}";
    }

    /// <summary>Whether <paramref name="path"/> (no query) is an address of <paramref name="template"/>: a parameter matches any one segment.</summary>
    public static bool Matches(string template, string path)
    {
        var want = template.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var have = path.Split('?', '#')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        return want.Length == have.Length
            && want.Zip(have).All(p => SegmentMatches(p.First, p.Second));
    }

    private static bool SegmentMatches(string template, string segment) => template.StartsWith('{')
        ? !(template.Contains(":int", StringComparison.Ordinal) || template.Contains(":long", StringComparison.Ordinal)) || segment.All(char.IsAsciiDigit)
        : string.Equals(template, segment, StringComparison.OrdinalIgnoreCase);
}
