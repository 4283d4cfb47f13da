using OpsCenter.Domain.Budget.Import;

namespace OpsCenter.Web.Features.Budget;

/// <summary>The validation report of an import as plain text for the command line.</summary>
public static class ImportReportWriter
{
    public static async Task WriteAsync(ImportReport report, TextWriter output, int show = 200)
    {
        await output.WriteLineAsync($"Rows read: {report.Rows}");
        await output.WriteLineAsync($"Accepted: {report.Accepted} (projects created {report.Created}, updated {report.Updated})");
        await output.WriteLineAsync($"Rejected rows: {report.Rejected}");
        foreach (var issue in report.Issues.Take(show))
        {
            await output.WriteLineAsync($"  row {issue.Row}, {(issue.Field.Length == 0 ? "-" : issue.Field)}: {issue.English} / {issue.Thai}");
        }

        if (report.Issues.Count > show)
        {
            await output.WriteLineAsync($"  … and {report.Issues.Count - show} more");
        }
    }
}
