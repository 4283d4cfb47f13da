using OpsCenter.Domain.Reports.Tallies;

namespace OpsCenter.Web.Cli;

/// <summary>
/// <c>tallies rebuild</c> counts the report tallies again from the raw rows (after a restore, or a bulk load with the
/// triggers off); <c>tallies check</c> compares them with the raw rows and exits 1 on any difference.
/// </summary>
public sealed class TalliesVerb(ReportTallyMaintenance maintenance) : ICliVerb
{
    public IReadOnlyList<string> Words => ["tallies"];

    public string Usage => "tallies rebuild|check";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        switch (arguments)
        {
            case ["rebuild"]:
                await maintenance.RebuildAsync(cancellationToken);
                await output.WriteLineAsync($"Rebuilt the report tallies in {started.Elapsed.TotalSeconds:F1} s");
                return 0;
            case ["check"]:
                var differences = await maintenance.CheckAsync(cancellationToken);
                foreach (var d in differences.Take(50))
                {
                    await output.WriteLineAsync($"  {d.Table} {d.ProvinceCode} {d.Key}: raw {d.Raw} ({d.RawGrowth:R}), tallied {d.Stored} ({d.StoredGrowth:R})");
                }

                await output.WriteLineAsync(differences.Count == 0
                    ? $"The report tallies equal the raw rows ({started.Elapsed.TotalSeconds:F1} s)"
                    : $"{differences.Count} groups differ");
                return differences.Count == 0 ? 0 : 1;
            default:
                await output.WriteLineAsync("usage: " + Usage);
                return 2;
        }
    }
}
