using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Uploads;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Warehouse;

/// <summary>
/// Each instance's cache of Parquet files, one per version. The database stays the source of truth: a file missing here
/// (a new instance, a cleared cache, a version uploaded through another instance) is materialized from the stored chunks
/// on first use. File names carry the content's hash and the loader's generation, so a stale file is never read.
/// </summary>
public sealed class WarehouseStore(IDbContextFactory<OpsDbContext> dbFactory, DatasetUploadService uploads, IOptions<WarehouseOptions> options, WarehouseFolder folder, ILogger<WarehouseStore> logger)
{
    /// <summary>Bumped when the loader's output changes, so older files are rebuilt rather than misread.</summary>
    private const string Generation = "w1";

    private readonly ConcurrentDictionary<long, SemaphoreSlim> _loading = new();

    public WarehouseOptions Options => options.Value;

    /// <summary>The version's table, loading it first if this instance has not; null when the version has no stored rows.</summary>
    public async Task<WarehouseTable?> TableAsync(long versionId, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        VersionFacts? version;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            version = await db.Set<DatasetVersion>().AsNoTracking().Where(v => v.Id == versionId && v.HasContent)
                .Select(v => new VersionFacts(v.Id, v.Sha256, v.Format, v.ColumnsJson)).FirstOrDefaultAsync(cancellationToken);
        }

        if (version is null || TableProfile.ParseColumns(version.ColumnsJson).Count == 0)
        {
            return null;
        }

        var stem = Path.Combine(folder.Path, $"{Generation}-{version.Id}-{Stem(version.Sha256)}");
        if (Read(stem) is { } cached)
        {
            return cached;
        }

        var gate = _loading.GetOrAdd(versionId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return Read(stem) ?? await LoadAsync(version, stem, progress, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<WarehouseTable> LoadAsync(VersionFacts version, string stem, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var gazetteer = await GazetteerAsync(cancellationToken);
        var source = $"{stem}.{Guid.NewGuid():N}.source";
        var parquet = $"{stem}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var file = File.Create(source))
            {
                await uploads.CopyContentAsync(version.Id, file, cancellationToken);
            }

            WarehouseTable table;
            await using (var content = File.OpenRead(source))
            {
                var rows = version.Format == "XLSX" ? XlsxTableReader.Rows(content, cancellationToken) : CsvTableReader.Rows(content, cancellationToken: cancellationToken);
                var profile = TableProfile.ParseColumns(version.ColumnsJson);
                table = await Task.Run(() => ParquetLoader.Load(version.Id, rows, profile, gazetteer, parquet, folder.Path, progress, cancellationToken), cancellationToken);
            }

            // The Parquet file lands before its description, and readers look for the description: a half-written pair is never read.
            File.Move(parquet, $"{stem}.parquet", overwrite: true);
            await File.WriteAllTextAsync($"{stem}.json.tmp", table.ToJson(), cancellationToken);
            File.Move($"{stem}.json.tmp", $"{stem}.json", overwrite: true);
            logger.LogInformation("Warehouse loaded version {Version}: {Rows} rows, {Placed} placed, in {Ms} ms", version.Id, table.RowCount, table.PlacedRows, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return table with { ParquetPath = $"{stem}.parquet" };
        }
        finally
        {
            File.Delete(source);
            File.Delete(parquet);
        }
    }

    public async Task<AreaGazetteer> GazetteerAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var areas = await db.Set<Area>().AsNoTracking().Select(a => new GazetteerArea(a.Code, a.Level, a.NameTh, a.NameEn, a.Population)).ToListAsync(cancellationToken);
        return new AreaGazetteer(areas);
    }

    private static WarehouseTable? Read(string stem)
    {
        if (!File.Exists($"{stem}.json") || !File.Exists($"{stem}.parquet"))
        {
            return null;
        }

        return WarehouseTable.FromJson(File.ReadAllText($"{stem}.json")) is { } table ? table with { ParquetPath = $"{stem}.parquet" } : null;
    }

    private static string Stem(string sha) => sha.Length >= 16 && sha.All(char.IsAsciiHexDigit) ? sha[..16] : "nohash";

    private sealed record VersionFacts(long Id, string Sha256, string Format, string ColumnsJson);
}

/// <summary>The cache directory, created once.</summary>
public sealed class WarehouseFolder(string path)
{
    public string Path { get; } = Directory.CreateDirectory(path).FullName;
}
