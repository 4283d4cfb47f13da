using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Import;
using OpsCenter.Web.Cli;

namespace OpsCenter.Web.Features.Reports;

/// <summary><c>import traffy &lt;file.csv&gt;</c> and <c>import forum &lt;file.csv&gt;</c>: the same importer as the steward's upload page.</summary>
public abstract class ImportReportsVerb(ReportImporter importer, ImportSource source, string word) : ICliVerb
{
    public IReadOnlyList<string> Words => ["import", word];

    public string Usage => $"import {word} <file.csv> [--rejections FILE]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var rejectionsAt = arguments.ToList().IndexOf("--rejections");
        string? rejectionsFile = null;
        if (rejectionsAt >= 0 && rejectionsAt + 1 < arguments.Count)
        {
            rejectionsFile = arguments[rejectionsAt + 1];
            arguments = [.. arguments.Where((_, i) => i != rejectionsAt && i != rejectionsAt + 1)];
        }

        if (arguments.Count != 1 || (rejectionsAt >= 0 && rejectionsFile is null))
        {
            await output.WriteLineAsync("usage: " + Usage);
            return 2;
        }

        await using var file = File.OpenRead(arguments[0]);
        var progress = new SynchronousProgress(p =>
            output.WriteLine($"  {p.Phase}: {p.Rows:N0} rows, {(p.TotalBytes > 0 ? 100.0 * p.BytesRead / p.TotalBytes : 0):F0}% of the file"));
        var result = await importer.ImportAsync(file, source, arguments[0], ConsoleOperator.Of(), progress, cancellationToken);
        if (result.FatalError is not null)
        {
            await output.WriteLineAsync(result.FatalError);
            return 1;
        }

        await output.WriteLineAsync($"Rows read: {result.Rows:N0}");
        await output.WriteLineAsync($"Accepted (new): {result.Accepted:N0}");
        await output.WriteLineAsync($"Updated: {result.Updated:N0}");
        await output.WriteLineAsync($"Unchanged: {result.Unchanged:N0}");
        await output.WriteLineAsync($"Rejected: {result.RejectedCount:N0}");
        foreach (var (place, count) in result.OutsideProvinceByName.OrderByDescending(o => o.Value))
        {
            await output.WriteLineAsync($"  not this installation's: {place} × {count:N0}");
        }

        await output.WriteLineAsync($"Location disagrees with the row's own address (accepted, flagged): {result.Flags.Count:N0}");
        await output.WriteLineAsync($"Imported backlog (open and already overdue; one wall event per district): {result.Backlog:N0}");
        foreach (var (province, count) in result.AcceptedByProvince.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            await output.WriteLineAsync($"  province {province}: {count:N0} rows stored");
        }

        var lines = ImportAccount.Lines(result.Rejections, result.Flags).ToList();
        if (rejectionsFile is not null)
        {
            await File.WriteAllBytesAsync(rejectionsFile, ImportAccount.Csv(lines), cancellationToken);
            await output.WriteLineAsync($"All {lines.Count:N0} rejected and flagged rows written to {rejectionsFile}");
        }
        else
        {
            foreach (var line in lines.Take(50))
            {
                await output.WriteLineAsync($"  row {line.Row} {line.ExternalId ?? "-"} {line.Outcome}: {line.Reason}");
            }

            if (lines.Count > 50)
            {
                await output.WriteLineAsync($"  … and {lines.Count - 50:N0} more: all are kept with the run (CSV on the import page) or pass --rejections FILE");
            }
        }

        await output.WriteLineAsync($"Import run {string.Join(", ", result.RunIds)} took {result.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool and can print after the summary; a CLI wants lines in order.</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}

public sealed class ImportTraffyVerb(ReportImporter importer) : ImportReportsVerb(importer, ImportSource.Traffy, "traffy");

public sealed class ImportForumVerb(ReportImporter importer) : ImportReportsVerb(importer, ImportSource.CommunityForum, "forum");

/// <summary><c>open311 partner &lt;name&gt;</c>: registers an Open311 partner and prints its api_key once.</summary>
public sealed class Open311PartnerVerb(Open311Partners partners, OpsCenter.Domain.Areas.InstallationProvince installation) : ICliVerb
{
    public IReadOnlyList<string> Words => ["open311", "partner"];

    public string Usage => "open311 partner <name> [province-code]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count is < 1 or > 2)
        {
            await output.WriteLineAsync("usage: " + Usage);
            return 2;
        }

        var province = arguments.Count > 1 ? arguments[1] : await installation.CodeAsync(cancellationToken);
        var key = await partners.AddAsync(arguments[0], province, cancellationToken: cancellationToken);
        await output.WriteLineAsync($"Open311 api_key for {arguments[0]} (shown once): {key}");
        return 0;
    }
}
