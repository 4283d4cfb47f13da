using Xunit.Abstractions;

[assembly: TestCollectionOrderer("OpsCenter.Tests.Infrastructure.FastTiersFirst", "OpsCenter.Tests")]

namespace OpsCenter.Tests.Infrastructure;

/// <summary>
/// Starts the fast tiers first (pure domain rules, then bunit components, then the databases, the HTTP app and last the
/// browser), so a broken rule is reported in seconds rather than after the browser tests.
/// </summary>
public sealed class FastTiersFirst : ITestCollectionOrderer
{
    private static readonly string[] Tiers = ["Domain", "Components", "Persistence", "Web", "Browser"];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(Tier).ThenBy(c => c.DisplayName, StringComparer.Ordinal);

    private static int Tier(ITestCollection collection)
    {
        var name = collection.DisplayName;
        var tier = Array.FindIndex(Tiers, t => name.Contains($"OpsCenter.Tests.{t}.", StringComparison.Ordinal));
        return tier < 0 ? Tiers.Length : tier;
    }
}
