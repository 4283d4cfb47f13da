namespace OpsCenter.Domain.Help;

/// <summary>Every role's guide, in reading order; embedded in the app so the pages and the tests read the same files.</summary>
public static class HelpGuides
{
    private const string ResourcePrefix = "OpsCenter.Help.Guides.";

    private static readonly Lazy<IReadOnlyList<HelpGuide>> Loaded = new(Load);

    public static IReadOnlyList<HelpGuide> All => Loaded.Value;

    public static HelpGuide? Find(string role) => All.FirstOrDefault(g => string.Equals(g.Role, role, StringComparison.OrdinalIgnoreCase));

    private static IReadOnlyList<HelpGuide> Load()
    {
        var assembly = typeof(HelpGuides).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                return HelpGuide.Read(stream);
            })
            .OrderBy(g => g.Order)
            .ToList();
    }
}
