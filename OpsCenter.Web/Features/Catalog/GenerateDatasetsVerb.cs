using System.Globalization;
using OpsCenter.Domain.Persistence.Demo;
using OpsCenter.Web.Cli;

namespace OpsCenter.Web.Features.Catalog;

/// <summary><c>generate datasets 1000 [province] [seed]</c>: grows a province's catalog for bench/catalog/run.sh.</summary>
public sealed class GenerateDatasetsVerb(DemoCatalogVolume volume) : ICliVerb
{
    public IReadOnlyList<string> Words => ["generate", "datasets"];

    public string Usage => "generate datasets <total> [province-code=19] [seed=1]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count is < 1 or > 3 || !int.TryParse(arguments[0], CultureInfo.InvariantCulture, out var total) || total is < 1 or > 100_000)
        {
            await output.WriteLineAsync("usage: " + Usage);
            return 2;
        }

        var province = arguments.Count > 1 ? arguments[1] : "19";
        var seed = arguments.Count > 2 && int.TryParse(arguments[2], CultureInfo.InvariantCulture, out var s) ? s : 1;
        var added = await volume.GrowToAsync(province, total, seed, cancellationToken);
        await output.WriteLineAsync($"Added {added:N0} datasets; province {province} now has {total:N0} or more");
        return 0;
    }
}
