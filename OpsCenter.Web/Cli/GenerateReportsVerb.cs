using System.Globalization;
using OpsCenter.Domain.Persistence.Demo;

namespace OpsCenter.Web.Cli;

/// <summary><c>generate reports 1000000 [province] [seed]</c>: bulk synthetic reports for benchmarks.</summary>
public sealed class GenerateReportsVerb(DemoVolume volume, OpsCenter.Domain.Areas.InstallationProvince installation) : ICliVerb
{
    public IReadOnlyList<string> Words => ["generate", "reports"];

    public string Usage => "generate reports <count> [province-code=the installation's] [seed=1]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count is < 1 or > 3 || !int.TryParse(arguments[0], CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            await output.WriteLineAsync("usage: " + Usage);
            return 2;
        }

        var province = arguments.Count > 1 ? arguments[1] : await installation.CodeAsync(cancellationToken);
        var seed = arguments.Count > 2 ? int.Parse(arguments[2], CultureInfo.InvariantCulture) : 1;
        var started = System.Diagnostics.Stopwatch.StartNew();
        var progress = new Progress<int>(n => output.WriteLine($"  {n:N0} / {count:N0}"));
        var written = await volume.GenerateReportsAsync(province, count, seed, progress, cancellationToken);
        await output.WriteLineAsync($"Generated {written:N0} reports in {started.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
}
