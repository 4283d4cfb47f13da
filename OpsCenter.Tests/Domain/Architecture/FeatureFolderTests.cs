using System.Reflection;

namespace OpsCenter.Tests.Domain.Architecture;

/// <summary>
/// One feature, one name: a feature's folder (and namespace) is called the same in OpsCenter.Domain,
/// OpsCenter.Web/Features and each tier of OpsCenter.Tests, and no test sits at a tier's root.
/// </summary>
public sealed class FeatureFolderTests
{
    /// <summary>
    /// Shared parts every feature uses, so they need no pages or tests under their own name: the vocabulary (Common), the
    /// one publish path (Events), the database (Persistence), and the agencies every feature assigns work to.
    /// </summary>
    private static readonly HashSet<string> Shared = ["Common", "Events", "Persistence", "Agencies"];

    /// <summary>Web features without a domain: each with the reason.</summary>
    private static readonly Dictionary<string, string> WebOnly = new()
    {
        ["ApiDocs"] = "documents the HTTP surface of every feature; it has no rules of its own",
    };

    private static readonly string[] Tiers = ["Domain", "Components", "Persistence", "Web", "Browser"];

    [Fact]
    public void WebFeatures_AreDomainFeatures_ByTheSameName()
    {
        var domain = FeaturesOf(typeof(OpsCenter.Domain.Common.Actor).Assembly, "OpsCenter.Domain");
        var web = FeaturesOf(typeof(OpsCenter.Web.Shared.ApiProblems).Assembly, "OpsCenter.Web.Features");

        Assert.Empty(web.Except(domain).Except(WebOnly.Keys).Order());
        Assert.Empty(domain.Except(web).Except(Shared).Order());
    }

    [Fact]
    public void TestFolders_AreFeatureNames_AndNoTestSitsAtATiersRoot()
    {
        var domain = FeaturesOf(typeof(OpsCenter.Domain.Common.Actor).Assembly, "OpsCenter.Domain");
        var known = domain.Concat(WebOnly.Keys).Append("Architecture").ToHashSet();
        var tests = typeof(FeatureFolderTests).Assembly.GetTypes().Where(IsTestClass).ToList();
        var wrong = new List<string>();
        var tested = new HashSet<string>();
        foreach (var test in tests)
        {
            var parts = (test.Namespace ?? "").Split('.');
            if (parts.Length < 3 || parts[0] != "OpsCenter" || parts[1] != "Tests" || !Tiers.Contains(parts[2]))
            {
                wrong.Add($"{test.FullName}: not under a tier ({string.Join(", ", Tiers)})");
            }
            else if (parts.Length < 4)
            {
                wrong.Add($"{test.FullName}: at the root of {parts[2]}, not in a feature's folder");
            }
            else if (!known.Contains(parts[3]))
            {
                wrong.Add($"{test.FullName}: {parts[3]} is no feature of OpsCenter.Domain");
            }
            else
            {
                tested.Add(parts[3]);
            }
        }

        Assert.Empty(wrong);
        Assert.Empty(domain.Except(tested).Except(Shared).Order());
    }

    private static HashSet<string> FeaturesOf(Assembly assembly, string root) =>
        assembly.GetTypes()
            .Select(t => t.Namespace)
            .Where(n => n is not null && n.StartsWith(root + ".", StringComparison.Ordinal))
            .Select(n => n![(root.Length + 1)..].Split('.')[0])
            .ToHashSet();

    private static bool IsTestClass(Type type) =>
        type.IsClass && !type.IsNested && type.GetMethods().Any(m => m.GetCustomAttributes().Any(a => a is FactAttribute));
}
