using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;
using OpsCenter.Web.Features.Security;

namespace OpsCenter.Web.Components;

/// <summary>
/// The page's import map: every script and style of wwwroot/assets under its plain path, mapped to its fingerprinted
/// URL (served with an immutable Cache-Control). Our ES modules import each other, and find the classic libraries
/// (plotly.js, Leaflet) and their styles with <c>import.meta.resolve</c>, by plain relative paths; the map is what
/// turns those into the fingerprinted URLs. Styles are in it too (unlike <c>ImportMapDefinition.FromResourceCollection</c>,
/// which maps scripts only) because a module loads Leaflet's styles itself. Plotly.Blazor's chart imports the package's
/// interop module by its plain, versioned path; the map sends that import to our adapter of the module
/// (<c>assets/charts/plotly-blazor.js</c>).
/// </summary>
public static class OpsImportMap
{
    private const string Folder = "assets/";
    private const string PlotlyBlazorInterop = "_content/Plotly.Blazor/plotly-interop-";
    private const string PlotlyBlazorAdapter = "./assets/charts/plotly-blazor.js";

    private static readonly ConditionalWeakTable<ResourceAssetCollection, Entry> Cache = [];

    /// <summary>The map for a build's assets and the CSP hash that allows its inline script, both computed once per collection.</summary>
    public static (ImportMapDefinition Map, string ScriptHash) For(ResourceAssetCollection assets)
    {
        var entry = Cache.GetValue(assets, Create);
        return (entry.Map, entry.ScriptHash);
    }

    private static Entry Create(ResourceAssetCollection assets)
    {
        var imports = new Dictionary<string, string>(StringComparer.Ordinal);
        string? plotlyBlazor = null;
        foreach (var asset in assets)
        {
            var label = asset.Properties?.FirstOrDefault(p => p.Name == "label")?.Value;
            if (label is null || label == asset.Url)
            {
                continue;
            }

            if (label.StartsWith(PlotlyBlazorInterop, StringComparison.Ordinal) && label.EndsWith(".js", StringComparison.Ordinal))
            {
                plotlyBlazor = label;
            }
            else if (label.StartsWith(Folder, StringComparison.Ordinal) && (label.EndsWith(".js", StringComparison.Ordinal) || label.EndsWith(".css", StringComparison.Ordinal)))
            {
                imports[$"./{label}"] = $"./{asset.Url}";
            }
        }

        if (plotlyBlazor is not null && imports.TryGetValue(PlotlyBlazorAdapter, out var adapter))
        {
            imports[$"./{plotlyBlazor}"] = adapter;
        }

        var map = new ImportMapDefinition(imports, scopes: null, integrity: null);
        return new Entry(map, SecurityHeaders.HashOf(map.ToString()));
    }

    private sealed record Entry(ImportMapDefinition Map, string ScriptHash);
}
