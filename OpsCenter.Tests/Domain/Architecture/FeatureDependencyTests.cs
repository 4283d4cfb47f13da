using System.Reflection;
using System.Text.RegularExpressions;

namespace OpsCenter.Tests.Domain.Architecture;

/// <summary>
/// No cycles between domain features: a feature (a top-level folder of OpsCenter.Domain) may build on others only if none
/// of them builds back on it, so each can be read, changed and tested from the bottom up. The shared parts every feature
/// uses (the vocabulary, the one publish path, the database that maps every entity) are left out of the graph.
/// </summary>
public sealed partial class FeatureDependencyTests
{
    private const string Root = "OpsCenter.Domain";

    private static readonly HashSet<string> Shared = ["Common", "Events", "Persistence"];

    private static readonly Assembly Domain = typeof(OpsCenter.Domain.Common.Actor).Assembly;

    [Fact]
    public void DomainFeatures_DependOnEachOther_WithoutCycles()
    {
        var edges = Edges();

        var cycles = Cycles(edges).Select(cycle => string.Join(", ",
            cycle.Zip(cycle.Skip(1).Append(cycle[0]), (from, to) => $"{from} → {to} ({string.Join("; ", edges[(from, to)].Take(2))})"))).ToList();

        Assert.True(cycles.Count == 0, "Domain features depend on each other in a cycle; move the type that belongs elsewhere:\n" + string.Join("\n", cycles));
    }

    [Fact]
    public void DependencyGraph_SeesReferencesInSignaturesAndInMethodBodies()
    {
        var edges = Edges();

        // Budget's need index reads reports (a signature); the gap list reads the plan's development issues inside a method.
        Assert.Contains(edges[("Budget", "Reports")], e => e.StartsWith("type ", StringComparison.Ordinal));
        Assert.Contains(edges[("Budget", "Reports")], e => e.EndsWith(".cs", StringComparison.Ordinal));
        Assert.Contains("Catalog/CatalogQuery.cs", edges[("Catalog", "Budget")]);
        Assert.DoesNotContain(edges.Keys, e => Shared.Contains(e.From) || Shared.Contains(e.To) || e.From == e.To);
    }

    /// <summary>Each feature's dependencies on the others, with what makes each one: a type's member or a source file.</summary>
    private static Dictionary<(string From, string To), List<string>> Edges()
    {
        var edges = new Dictionary<(string From, string To), List<string>>();
        void Add(string? from, string? to, string because)
        {
            if (from is null || to is null || from == to || Shared.Contains(from) || Shared.Contains(to))
            {
                return;
            }

            if (!edges.TryGetValue((from, to), out var reasons))
            {
                edges[(from, to)] = reasons = [];
            }

            if (!reasons.Contains(because))
            {
                reasons.Add(because);
            }
        }

        foreach (var type in Domain.GetTypes())
        {
            var from = FeatureOf(type);
            var named = type;
            while (named.Name.StartsWith('<') && named.DeclaringType is { } declaring)
            {
                named = declaring; // a lambda's closure or an async method's state machine: name the type that wrote it
            }

            foreach (var used in UsedTypes(type))
            {
                Add(from, FeatureOf(used), $"type {named.Name} uses {used.Name}");
            }
        }

        // Reflection sees signatures and locals, not every expression in a method body: the source shows the rest.
        var names = KnownNames();
        var features = names.Select(n => n.Split('.')[2]).ToHashSet();
        var source = Path.Combine(SolutionFolder(), Root);
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file).Replace('\\', '/');
            var parts = relative.Split('/');
            if (parts.Length < 2 || parts[0] is "bin" or "obj")
            {
                continue;
            }

            var text = File.ReadAllText(file);
            foreach (var feature in QualifiedName().Matches(text).Select(m => m.Groups["feature"].Value).Where(features.Contains))
            {
                Add(parts[0], feature, relative);
            }

            foreach (Match m in RelativeName().Matches(text))
            {
                // "Budget.DevelopmentIssue" inside OpsCenter.Domain names a type; "Agencies.TryGetValue" is a member call.
                var feature = m.Groups["feature"].Value;
                if (features.Contains(feature) && names.Contains($"{Root}.{feature}.{m.Groups["name"].Value}"))
                {
                    Add(parts[0], feature, relative);
                }
            }
        }

        return edges;
    }

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var used = new List<Type>();
        used.AddRange(type.GetInterfaces());
        if (type.BaseType is { } baseType)
        {
            used.Add(baseType);
        }

        used.AddRange(type.GetFields(all).Select(f => f.FieldType));
        used.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method is MethodInfo info)
            {
                used.Add(info.ReturnType);
            }

            used.AddRange(method.GetParameters().Select(p => p.ParameterType));
            used.AddRange(method.GetMethodBody()?.LocalVariables.Select(l => l.LocalType) ?? []);
        }

        return used.SelectMany(Unwrapped);
    }

    /// <summary>A type with the types it is made of: <c>List&lt;Report[]&gt;</c> is also a Report.</summary>
    private static IEnumerable<Type> Unwrapped(Type type)
    {
        if (type.IsGenericParameter)
        {
            yield break;
        }

        if (type.HasElementType)
        {
            foreach (var element in Unwrapped(type.GetElementType()!))
            {
                yield return element;
            }

            yield break;
        }

        yield return type;
        if (type.IsConstructedGenericType)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(Unwrapped))
            {
                yield return argument;
            }
        }
    }

    private static string? FeatureOf(Type type) =>
        type.Assembly == Domain && type.Namespace is { } ns && ns.StartsWith(Root + ".", StringComparison.Ordinal)
            ? ns.Split('.')[2]
            : null;

    /// <summary>Every namespace and type of the domain by its full name, nested types with a dot.</summary>
    private static HashSet<string> KnownNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in Domain.GetTypes().Where(t => FeatureOf(t) is not null))
        {
            names.Add(type.FullName!.Replace('+', '.').Split('`')[0]);
            var ns = type.Namespace!.Split('.');
            for (var i = 3; i <= ns.Length; i++)
            {
                names.Add(string.Join('.', ns.Take(i)));
            }
        }

        return names;
    }

    /// <summary>The cycles among the features: one for each group of features that reach each other, shortest first.</summary>
    private static List<List<string>> Cycles(Dictionary<(string From, string To), List<string>> edges)
    {
        var next = edges.Keys.ToLookup(e => e.From, e => e.To);
        var cycles = new List<List<string>>();
        var covered = new HashSet<string>();
        foreach (var start in edges.Keys.Select(e => e.From).Distinct().Order(StringComparer.Ordinal))
        {
            if (covered.Contains(start) || ShortestPath(next, start, start) is not { } cycle)
            {
                continue;
            }

            cycles.Add(cycle);
            covered.UnionWith(cycle);
        }

        return cycles;
    }

    /// <summary>The features on the shortest way from one to another (breadth first), without the last; null if none.</summary>
    private static List<string>? ShortestPath(ILookup<string, string> next, string from, string to)
    {
        var cameFrom = new Dictionary<string, string>();
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var at))
        {
            foreach (var step in next[at].Order(StringComparer.Ordinal))
            {
                if (step == to)
                {
                    var path = new List<string> { at };
                    while (path[0] != from)
                    {
                        path.Insert(0, cameFrom[path[0]]);
                    }

                    return path;
                }

                if (step != from && cameFrom.TryAdd(step, at))
                {
                    queue.Enqueue(step);
                }
            }
        }

        return null;
    }

    private static string SolutionFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpsCenter.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No OpsCenter.sln above {AppContext.BaseDirectory}: the test reads the domain's source");
    }

    [GeneratedRegex(@"\bOpsCenter\.Domain\.(?<feature>[A-Z]\w*)")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"(?<![\w.])(?:Domain\.)?(?<feature>[A-Z]\w*)\.(?<name>[A-Z]\w*)")]
    private static partial Regex RelativeName();
}
