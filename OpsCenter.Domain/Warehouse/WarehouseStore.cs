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
public sealed class WarehouseStore(IDbContextFactory<OpsDbContext> dbFactory, DatasetUploadService uploads, IOptions<WarehouseOptions> options, WarehouseFolder folder,
    ILogger<WarehouseStore> logger, TimeProvider? time = null)
{
    /// <summary>Bumped when the loader's output changes, so older files are rebuilt rather than misread.</summary>
    private const string Generation = "w1";

    private readonly ConcurrentDictionary<long, SemaphoreSlim> _loading = new();

    /// <summary>Rows appended so far by each load under way, whoever started it, for the pages that show its progress.</summary>
    private readonly ConcurrentDictionary<long, long> _loadedRows = new();

    /// <summary>When each file was last read by this instance; files it has not read since starting count from when they were written.</summary>
    private readonly ConcurrentDictionary<string, DateTime> _lastUsed = new(StringComparer.Ordinal);

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    private readonly SemaphoreSlim _sweeping = new(1, 1);

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

        var stem = StemOf(version.Id, version.Sha256);
        if (Read(stem) is { } cached)
        {
            return cached;
        }

        var gate = _loading.GetOrAdd(versionId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Read(stem) is { } loaded)
            {
                return loaded;
            }

            var table = await LoadAsync(version, stem, new LoadProgress(this, version.Id, progress), cancellationToken);
            _lastUsed[stem] = _time.GetUtcNow().UtcDateTime;
            await SweepAsync(cancellationToken);
            return table;
        }
        finally
        {
            _loadedRows.TryRemove(versionId, out _);
            gate.Release();
        }
    }

    /// <summary>How many rows a load of the version under way has appended; null when none is running here.</summary>
    public long? LoadingRows(long versionId) => _loadedRows.TryGetValue(versionId, out var rows) ? rows : null;

    /// <summary>
    /// Removes the files of versions the database no longer has (or whose content or loader generation changed), then,
    /// past <see cref="WarehouseOptions.CacheMaxBytes"/>, the least recently used files until the cache fits. A file
    /// removed is only a cache miss: the next query materializes it again from the database.
    /// </summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        await _sweeping.WaitAsync(cancellationToken);
        try
        {
            List<string> current;
            await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            {
                current = (await db.Set<DatasetVersion>().AsNoTracking().Where(v => v.HasContent).Select(v => new { v.Id, v.Sha256 }).ToListAsync(cancellationToken))
                    .Select(v => StemOf(v.Id, v.Sha256)).ToList();
            }

            var known = current.ToHashSet(StringComparer.Ordinal);
            var files = Directory.GetFiles(folder.Path, "*.parquet").Select(p => p[..^".parquet".Length])
                .Select(stem => new CachedFile(stem, Size(stem), _lastUsed.TryGetValue(stem, out var used) ? used : File.GetLastWriteTimeUtc($"{stem}.parquet"), IsLoading(stem)))
                .ToList();
            var removed = 0;
            foreach (var stale in files.Where(f => !known.Contains(f.Stem) && !f.Loading))
            {
                removed += Remove(stale.Stem);
            }

            // A file being loaded (or just loaded, its gate still held) counts toward the cap but is never the one removed.
            var kept = files.Where(f => known.Contains(f.Stem) || f.Loading).ToList();
            var total = kept.Sum(f => f.Bytes);
            var cap = Options.CacheMaxBytes;
            foreach (var file in kept.Where(f => !f.Loading).OrderBy(f => f.LastUsed).TakeWhile(_ => cap > 0 && total > cap))
            {
                total -= file.Bytes;
                removed += Remove(file.Stem);
            }

            return removed;
        }
        finally
        {
            _sweeping.Release();
        }
    }

    private int Remove(string stem)
    {
        try
        {
            // Description first: readers look for it, so a file half-removed is never read.
            File.Delete($"{stem}.json");
            File.Delete($"{stem}.parquet");
            _lastUsed.TryRemove(stem, out _);
            logger.LogInformation("Warehouse cache removed {File}", Path.GetFileName(stem));
            return 1;
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "Warehouse cache could not remove {File}", Path.GetFileName(stem));
            return 0;
        }
    }

    private bool IsLoading(string stem) =>
        _loading.Any(l => l.Value.CurrentCount == 0 && Path.GetFileName(stem).StartsWith($"{Generation}-{l.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)}-", StringComparison.Ordinal));

    private static long Size(string stem) =>
        (File.Exists($"{stem}.parquet") ? new FileInfo($"{stem}.parquet").Length : 0) + (File.Exists($"{stem}.json") ? new FileInfo($"{stem}.json").Length : 0);

    private string StemOf(long versionId, string sha256) => Path.Combine(folder.Path, $"{Generation}-{versionId}-{Stem(sha256)}");

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

    private WarehouseTable? Read(string stem)
    {
        if (!File.Exists($"{stem}.json") || !File.Exists($"{stem}.parquet"))
        {
            return null;
        }

        _lastUsed[stem] = _time.GetUtcNow().UtcDateTime;
        return WarehouseTable.FromJson(File.ReadAllText($"{stem}.json")) is { } table ? table with { ParquetPath = $"{stem}.parquet" } : null;
    }

    private static string Stem(string sha) => sha.Length >= 16 && sha.All(char.IsAsciiHexDigit) ? sha[..16] : "nohash";

    private sealed record VersionFacts(long Id, string Sha256, string Format, string ColumnsJson);

    private sealed record CachedFile(string Stem, long Bytes, DateTime LastUsed, bool Loading);

    /// <summary>Keeps the running count where any page can read it, and passes it on to the caller's own progress.</summary>
    private sealed class LoadProgress(WarehouseStore store, long versionId, IProgress<long>? next) : IProgress<long>
    {
        public void Report(long value)
        {
            store._loadedRows[versionId] = value;
            next?.Report(value);
        }
    }
}

/// <summary>The cache directory, created once.</summary>
public sealed class WarehouseFolder(string path)
{
    public string Path { get; } = Directory.CreateDirectory(path).FullName;
}
