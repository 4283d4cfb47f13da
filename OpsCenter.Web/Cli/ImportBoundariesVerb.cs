using OpsCenter.Domain.Areas.Boundaries;

namespace OpsCenter.Web.Cli;

public sealed class ImportBoundariesVerb(BoundaryImporter importer) : ICliVerb
{
    public IReadOnlyList<string> Words => ["import", "boundaries"];

    public string Usage => "import boundaries <file.geojson>";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count != 1)
        {
            await output.WriteLineAsync("usage: " + Usage);
            return 2;
        }

        IEnumerable<BoundaryFeature> features;
        await using (var stream = File.OpenRead(arguments[0]))
        {
            features = GeoJsonReader.ReadFeatures(stream);
        }

        var result = await importer.ImportAsync(features, cancellationToken);
        await output.WriteLineAsync($"Features read: {result.Features}");
        foreach (var level in result.MatchedByLevel.OrderBy(l => l.Key))
        {
            await output.WriteLineAsync($"Boundaries replaced ({level.Key}): {level.Value}");
        }

        await output.WriteLineAsync($"Outside this installation's provinces (ignored): {result.OutsideInstallation}");
        await output.WriteLineAsync($"Unmatched: {result.Unmatched.Count}");
        foreach (var miss in result.Unmatched.Take(50))
        {
            await output.WriteLineAsync($"  {miss.Code ?? "-"} {miss.Name ?? ""}: {miss.Reason}");
        }

        if (result.Unmatched.Count > 50)
        {
            await output.WriteLineAsync($"  … and {result.Unmatched.Count - 50} more");
        }

        return 0;
    }
}
