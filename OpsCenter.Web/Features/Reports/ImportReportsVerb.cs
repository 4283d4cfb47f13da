using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Import;
using OpsCenter.Web.Cli;

namespace OpsCenter.Web.Features.Reports;

/// <summary><c>import traffy &lt;file.csv&gt;</c> and <c>import forum &lt;file.csv&gt;</c>: the same importer as the steward's upload page.</summary>
public abstract class ImportReportsVerb(ReportImporter importer, ImportSource source, string word) : ICliVerb
{
    public IReadOnlyList<string> Words => ["import", word];

    public string Usage => $"import {word} <file.csv>";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count != 1)
        {
            await output.WriteLineAsync("usage: " + Usage);
            return 2;
        }

        await using var file = File.OpenRead(arguments[0]);
        var progress = new SynchronousProgress(p =>
            output.WriteLine($"  {p.Phase}: {p.Rows:N0} rows, {(p.TotalBytes > 0 ? 100.0 * p.BytesRead / p.TotalBytes : 0):F0}% of the file"));
        var result = await importer.ImportAsync(file, source, arguments[0], "cli:" + Environment.UserName, progress, cancellationToken);
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
        foreach (var (place, count) in result.OutsideProvinceByName.OrderByDescending(o => o.Value).Take(10))
        {
            await output.WriteLineAsync($"  outside the province: {place} × {count:N0}");
        }

        foreach (var rejection in result.Rejections.Take(50))
        {
            await output.WriteLineAsync($"  row {rejection.Row} {rejection.ExternalId ?? "-"}: {rejection.Reason}");
        }

        if (result.RejectedCount > 50)
        {
            await output.WriteLineAsync($"  … and {result.RejectedCount - 50:N0} more (all are listed on the import page, run {result.RunId})");
        }

        await output.WriteLineAsync($"Import run {result.RunId} took {result.Elapsed.TotalSeconds:F1} s");
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
public sealed class Open311PartnerVerb(Open311Partners partners, ReportReferenceData reference) : ICliVerb
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

        var province = arguments.Count > 1 ? arguments[1] : (await reference.ProvinceCodesAsync(cancellationToken)).FirstOrDefault() ?? "19";
        var key = await partners.AddAsync(arguments[0], province, cancellationToken: cancellationToken);
        await output.WriteLineAsync($"Open311 api_key for {arguments[0]} (shown once): {key}");
        return 0;
    }
}
