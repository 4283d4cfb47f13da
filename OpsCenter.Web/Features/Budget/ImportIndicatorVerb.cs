using System.Globalization;
using OpsCenter.Domain.Budget.Import;
using OpsCenter.Domain.Identity;
using OpsCenter.Web.Cli;

namespace OpsCenter.Web.Features.Budget;

/// <summary>
/// <c>import indicator &lt;code&gt; &lt;file.csv&gt; [area-column] [value-column] [year]</c>: an external need indicator.
/// For the TPMAP province file: <c>import indicator tpmap-poor tpmap_2561_province_poor_counts.csv province_ID poor.JPT.CNT 2561</c>
/// (those are also the defaults when the indicator is tpmap-poor).
/// </summary>
public sealed class ImportIndicatorVerb(IndicatorImporter importer) : ICliVerb
{
    public IReadOnlyList<string> Words => ["import", "indicator"];

    public string Usage => "import indicator <indicator-code> <file.csv> [area-column=area_code] [value-column=value] [year]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count is < 2 or > 5 || (arguments.Count == 5 && !int.TryParse(arguments[4], NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            await output.WriteLineAsync("usage: " + Usage);
            return 2;
        }

        var layout = arguments[0] == "tpmap-poor" && arguments.Count == 2 ? IndicatorFileLayout.TpmapPoorPeople : new IndicatorFileLayout(
            arguments.Count > 2 ? arguments[2] : "area_code",
            arguments.Count > 3 ? arguments[3] : "value",
            "year",
            arguments.Count > 4 ? int.Parse(arguments[4], CultureInfo.InvariantCulture) : null);
        ImportReport report;
        int outside;
        await using (var stream = File.OpenRead(arguments[1]))
        {
            (report, outside) = await importer.ImportAsync(stream, arguments[0], layout, Path.GetFileName(arguments[1]), ConsoleOperator.Of(), cancellationToken);
        }

        await ImportReportWriter.WriteAsync(report, output);
        await output.WriteLineAsync($"Outside this installation's provinces (skipped): {outside}");
        return report.FileRejected ? 1 : 0;
    }
}
