using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Areas.Boundaries;
using OpsCenter.Domain.Identity;

namespace OpsCenter.Web.Cli;

public sealed class ImportBoundariesVerb(BoundaryImporter importer) : ICliVerb
{
    public IReadOnlyList<string> Words => ["import", "boundaries"];

    public string Usage => "import boundaries <file.geojson|file.topojson> [--level province|district|subdistrict]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        AreaLevel? level = null;
        if (arguments.Count == 3 && arguments[1] == "--level" && Enum.TryParse<AreaLevel>(arguments[2], ignoreCase: true, out var parsed))
        {
            level = parsed;
        }
        else if (arguments.Count != 1)
        {
            await output.WriteLineAsync("usage: " + Usage);
            return 2;
        }

        IReadOnlyList<BoundaryFeature> features;
        try
        {
            await using var stream = File.OpenRead(arguments[0]);
            features = BoundaryFileReader.Read(stream);
        }
        catch (FormatException e)
        {
            await output.WriteLineAsync($"{arguments[0]}: {e.Message}");
            return 1;
        }

        var result = await importer.ImportAsync(features, ConsoleOperator.Of(), cancellationToken, level);
        foreach (var line in BoundaryImportReport.Lines(result))
        {
            await output.WriteLineAsync(line);
        }

        return 0;
    }
}
