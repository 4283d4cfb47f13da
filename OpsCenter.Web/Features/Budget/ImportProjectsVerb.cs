using OpsCenter.Domain.Budget.Import;
using OpsCenter.Domain.Identity;
using OpsCenter.Web.Cli;

namespace OpsCenter.Web.Features.Budget;

/// <summary><c>import projects &lt;file.csv&gt; &lt;province-code&gt;</c>: a province's existing project list, with a validation report.</summary>
public sealed class ImportProjectsVerb(ProjectImporter importer) : ICliVerb
{
    public IReadOnlyList<string> Words => ["import", "projects"];

    public string Usage => "import projects <file.csv> <province-code>";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count != 2 || Domain.Areas.AreaCodes.LevelOf(arguments[1]) != Domain.Areas.AreaLevel.Province)
        {
            await output.WriteLineAsync("usage: " + Usage);
            return 2;
        }

        ImportReport report;
        await using (var stream = File.OpenRead(arguments[0]))
        {
            report = await importer.ImportAsync(stream, ConsoleOperator.Of(arguments[1]), cancellationToken);
        }

        await ImportReportWriter.WriteAsync(report, output);
        return report.FileRejected ? 1 : 0;
    }
}
