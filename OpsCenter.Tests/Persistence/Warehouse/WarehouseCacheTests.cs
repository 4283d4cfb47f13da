using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Uploads;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Security;
using OpsCenter.Domain.Warehouse;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Warehouse;

/// <summary>The Parquet cache stays under its size cap by dropping the least recently used files, drops deleted versions' files, and reports a load's rows as it runs; DuckDB takes the configured memory limit.</summary>
public sealed class WarehouseCacheTests : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("opscenter-warehouse-cache-").FullName;

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    [Fact]
    public async Task PastTheCap_TheLeastRecentlyUsedFileGoes_ADeletedVersionsFileGoes_AndEveryVersionCanBeLoadedAgain()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        int agencyId;
        var datasetIds = new List<int>();
        await using (var db = DbContexts.For(database))
        {
            await db.Database.MigrateAsync();
            var agency = new Agency { Code = "T-CACHE", ProvinceCode = "19", NameTh = "สถิติ", NameEn = "Statistics", Kind = AgencyKind.LineAgency };
            db.Add(agency);
            await db.SaveChangesAsync();
            agencyId = agency.Id;
            foreach (var slug in new[] { "t-a", "t-b", "t-c", "t-d" })
            {
                var dataset = new Dataset { ProvinceCode = "19", Slug = slug, TitleTh = slug, OwnerAgencyId = agency.Id, Classification = DataClassification.Public };
                db.Add(dataset);
                await db.SaveChangesAsync();
                datasetIds.Add(dataset.Id);
            }
        }

        var factory = DbContexts.FactoryFor(database);
        var clock = new ManualClock(new DateTime(2026, 12, 1, 3, 0, 0, DateTimeKind.Utc));
        using var bus = new OpsEventBus(NullLogger<OpsEventBus>.Instance);
        var uploads = new DatasetUploadService(factory, bus, clock);
        var options = new WarehouseOptions();
        var store = new WarehouseStore(factory, uploads, Options.Create(options), new WarehouseFolder(_cache), NullLogger<WarehouseStore>.Instance, clock);
        var steward = Actor.Staff("steward-1", "ผู้ดูแลข้อมูล", "19", agencyId, OpsRoles.DataSteward);
        var versions = new List<long>();
        foreach (var (datasetId, i) in datasetIds.Select((d, i) => (d, i)))
        {
            var csv = new StringBuilder("\uFEFFรหัสตำบล,value\n");
            for (var row = 0; row < 2_000; row++)
            {
                csv.Append("1901").Append((row % 9 + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture)).Append(',').Append(row * (i + 1)).Append('\n');
            }

            var (_, version, _) = await uploads.UploadAsync(datasetId, new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), $"v{i}.csv", steward, dryRun: false);
            versions.Add(version!.Id);
        }

        var sizes = new List<long>();
        foreach (var id in versions.Take(3))
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            var table = await store.TableAsync(id);
            sizes.Add(new FileInfo(table!.ParquetPath).Length);
        }

        // a read last, b least recently used; the cap holds three files, so loading d must push b out.
        clock.Advance(TimeSpan.FromMinutes(1));
        await store.TableAsync(versions[0]);
        options.CacheMaxBytes = sizes.Sum() + 3 * 1_024;
        clock.Advance(TimeSpan.FromMinutes(1));
        await store.TableAsync(versions[3]);

        Assert.Equal([true, false, true, true], versions.Select(Cached));
        Assert.True(Directory.GetFiles(_cache).Sum(f => new FileInfo(f).Length) <= options.CacheMaxBytes);

        await using (var db = DbContexts.For(database))
        {
            await db.Set<DatasetVersionChunk>().Where(c => c.VersionId == versions[2]).ExecuteDeleteAsync();
            await db.Set<DatasetVersion>().Where(v => v.Id == versions[2]).ExecuteDeleteAsync();
        }

        Assert.Equal(1, await store.SweepAsync());
        Assert.Equal([true, false, false, true], versions.Select(Cached));
        Assert.Equal(2_000, (await store.TableAsync(versions[1]))!.RowCount);
        Assert.Null(await store.TableAsync(versions[2]));
    }

    [Fact]
    public async Task ALoad_ReportsItsRowsWhileItRuns_ThroughTheCallersProgressAndToOtherPages()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        long versionId;
        var factory = DbContexts.FactoryFor(database);
        var clock = new ManualClock(new DateTime(2026, 12, 1, 3, 0, 0, DateTimeKind.Utc));
        using var bus = new OpsEventBus(NullLogger<OpsEventBus>.Instance);
        var uploads = new DatasetUploadService(factory, bus, clock);
        await using (var db = DbContexts.For(database))
        {
            await db.Database.MigrateAsync();
            var agency = new Agency { Code = "T-PROG", ProvinceCode = "19", NameTh = "สถิติ", NameEn = "Statistics", Kind = AgencyKind.LineAgency };
            db.Add(agency);
            await db.SaveChangesAsync();
            var dataset = new Dataset { ProvinceCode = "19", Slug = "t-big", TitleTh = "ข้อมูลใหญ่", OwnerAgencyId = agency.Id, Classification = DataClassification.Public };
            db.Add(dataset);
            await db.SaveChangesAsync();
            var csv = new StringBuilder("\uFEFFหมวด,value\n");
            for (var row = 0; row < 120_000; row++)
            {
                csv.Append("หมวด").Append(row % 7).Append(',').Append(row).Append('\n');
            }

            var steward = Actor.Staff("steward-1", "ผู้ดูแลข้อมูล", "19", agency.Id, OpsRoles.DataSteward);
            versionId = (await uploads.UploadAsync(dataset.Id, new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), "big.csv", steward, dryRun: false)).Version!.Id;
        }

        var store = new WarehouseStore(factory, uploads, Options.Create(new WarehouseOptions()), new WarehouseFolder(_cache), NullLogger<WarehouseStore>.Instance, clock);
        var reported = new List<(long Rows, long? Seen)>();
        var progress = new SynchronousProgress(rows => reported.Add((rows, store.LoadingRows(versionId))));

        var table = await store.TableAsync(versionId, progress);

        Assert.Equal([50_000, 100_000, 120_000], reported.Select(r => r.Rows));
        Assert.All(reported, r => Assert.Equal(r.Rows, r.Seen));
        Assert.Equal(120_000, table!.RowCount);
        Assert.Null(store.LoadingRows(versionId));
    }

    [Fact]
    public async Task TheMemoryLimit_IsDuckDbs_AndOneThatIsNoSizeIsRefusedByName()
    {
        using var limited = new WarehouseQuery(Options.Create(new WarehouseOptions { MemoryLimit = "300MiB" }));
        using var wrong = new WarehouseQuery(Options.Create(new WarehouseOptions { MemoryLimit = "300 apples'; DROP" }));

        var setting = await limited.RunAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT current_setting('memory_limit')";
            return (string)(await command.ExecuteScalarAsync())!;
        }, CancellationToken.None);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => wrong.RunAsync(_ => Task.FromResult(0), CancellationToken.None));

        Assert.Equal("300.0 MiB", setting);
        Assert.Contains("Warehouse:MemoryLimit", refused.Message, StringComparison.Ordinal);
    }

    private bool Cached(long versionId) => Directory.GetFiles(_cache, $"w1-{versionId}-*.parquet").Length == 1;

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
