using System.Globalization;
using OpsCenter.Domain.Persistence.Demo;

namespace OpsCenter.Web.Cli;

/// <summary>
/// <c>generate reports 1000000 [province] [seed]</c>: bulk synthetic reports for benchmarks; with <c>all</c> instead of a
/// province, across the 77 provinces from the shared data's real places and populations (<c>--data ../shared/data</c>).
/// </summary>
public sealed class GenerateReportsVerb(DemoVolume volume, NationalVolume national, OpsCenter.Domain.Areas.InstallationProvince installation) : ICliVerb
{
    public IReadOnlyList<string> Words => ["generate", "reports"];

    public string Usage => "generate reports <count> [province-code=the installation's | all] [seed=1] [--data ../shared/data] [--years 3]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var options = arguments.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--", StringComparison.Ordinal) && p.i + 1 < arguments.Count)
            .ToDictionary(p => p.a, p => arguments[p.i + 1], StringComparer.Ordinal);
        var positional = arguments.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !arguments[i - 1].StartsWith("--", StringComparison.Ordinal))).ToList();
        var years = 3;
        if (positional.Count is < 1 or > 3 || !int.TryParse(positional[0], CultureInfo.InvariantCulture, out var count) || count < 1
            || (positional.Count > 2 && !int.TryParse(positional[2], CultureInfo.InvariantCulture, out _))
            || (options.TryGetValue("--years", out var y) && (!int.TryParse(y, CultureInfo.InvariantCulture, out years) || years is < 1 or > 20)))
        {
            await output.WriteLineAsync("usage: " + Usage);
            return 2;
        }

        var seed = positional.Count > 2 ? int.Parse(positional[2], CultureInfo.InvariantCulture) : 1;
        var started = System.Diagnostics.Stopwatch.StartNew();
        var progress = new Progress<int>(n => output.WriteLine($"  {n:N0} / {count:N0}"));
        if (positional.Count > 1 && positional[1] == "all")
        {
            var data = options.GetValueOrDefault("--data") ?? Path.Combine("..", "shared", "data");
            var (provinces, generated) = await national.GenerateAsync(data, count, seed, years, progress, cancellationToken);
            await output.WriteLineAsync($"Generated {generated:N0} reports in {provinces} provinces in {started.Elapsed.TotalSeconds:F1} s");
            return 0;
        }

        var province = positional.Count > 1 ? positional[1] : await installation.CodeAsync(cancellationToken);
        var written = await volume.GenerateReportsAsync(province, count, seed, progress, cancellationToken);
        await output.WriteLineAsync($"Generated {written:N0} reports in {started.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
}
