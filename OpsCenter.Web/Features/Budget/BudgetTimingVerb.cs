using System.Diagnostics;
using System.Globalization;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Web.Cli;

namespace OpsCenter.Web.Features.Budget;

/// <summary>
/// <c>budget timing [province] [runs]</c>: how long budget-versus-need takes to compute right now (what /budget, the wall and
/// the map metrics wait for), as medians over several runs; bench/budget/run.sh calls it at growing report volumes.
/// </summary>
public sealed class BudgetTimingVerb(BudgetVersusNeedQuery query, TimeProvider time, InstallationProvince installation) : ICliVerb
{
    public IReadOnlyList<string> Words => ["budget", "timing"];

    public string Usage => "budget timing [province-code=the installation's] [runs=5]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var province = arguments.Count > 0 ? arguments[0] : await installation.CodeAsync(cancellationToken);
        var runs = arguments.Count > 1 && int.TryParse(arguments[1], NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0 ? r : 5;
        if (AreaCodes.LevelOf(province) != AreaLevel.Province)
        {
            await output.WriteLineAsync("usage: " + Usage);
            return 2;
        }

        var year = ThaiCalendar.FiscalYearOf(time.GetUtcNow().UtcDateTime);
        var warm = await query.MatrixAsync(province, year, BudgetMeasure.Approved, AreaLevel.District, cancellationToken, fresh: true);
        await output.WriteLineAsync($"reports counted: {warm.Need.Sum(n => n.Reports)}; projects: {warm.Projects.Count}");
        foreach (var level in new[] { AreaLevel.District, AreaLevel.Subdistrict })
        {
            await output.WriteLineAsync(await TimeAsync($"matrix {level}, computed", runs, () => query.MatrixAsync(province, year, BudgetMeasure.Approved, level, cancellationToken, fresh: true)));
            await output.WriteLineAsync(await TimeAsync($"matrix {level}, cached", runs, () => query.MatrixAsync(province, year, BudgetMeasure.Approved, level, cancellationToken)));
        }

        return 0;
    }

    private static async Task<string> TimeAsync(string label, int runs, Func<Task> action)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return string.Create(CultureInfo.InvariantCulture, $"{label}: median {times[times.Count / 2]:F1} ms, min {times[0]:F1} ms, max {times[^1]:F1} ms over {runs} runs");
    }
}
