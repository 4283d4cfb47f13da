using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Uploads;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Security;
using OpsCenter.Domain.Warehouse;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Warehouse;

public sealed class WarehouseStoreTests : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("opscenter-warehouse-store-").FullName;

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PublishedVersion_IsLoadedOnItsEventAndRebuiltFromTheDatabaseWhenTheCacheIsGone(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        int datasetId, agencyId;
        await using (var db = DbContexts.For(database))
        {
            await db.Database.MigrateAsync();
            var agency = new Agency { Code = "T-DOPA", ProvinceCode = "19", NameTh = "ปกครอง", NameEn = "DOPA", Kind = AgencyKind.LineAgency };
            db.Add(agency);
            db.Add(new Area { Code = "1901", Level = AreaLevel.District, ProvinceCode = "19", ParentCode = "19", NameTh = "เมืองสระบุรี", NameEn = "Mueang Saraburi" });
            await db.SaveChangesAsync();
            var dataset = new Dataset { ProvinceCode = "19", Slug = "t-pop", TitleTh = "ประชากร", OwnerAgencyId = agency.Id, Classification = DataClassification.Public, FrequencyUnit = FrequencyUnit.Year };
            db.Add(dataset);
            await db.SaveChangesAsync();
            (datasetId, agencyId) = (dataset.Id, agency.Id);
        }

        var factory = DbContexts.FactoryFor(database);
        using var bus = new OpsEventBus(NullLogger<OpsEventBus>.Instance);
        var uploads = new DatasetUploadService(factory, bus, new ManualClock(new DateTime(2026, 12, 1, 3, 0, 0, DateTimeKind.Utc)));
        var store = new WarehouseStore(factory, uploads, Options.Create(new WarehouseOptions()), new WarehouseFolder(_cache), NullLogger<WarehouseStore>.Instance);
        var loader = new WarehouseLoader(bus, store, factory, NullLogger<WarehouseLoader>.Instance);
        await loader.StartAsync(CancellationToken.None);

        var steward = Actor.Staff("steward-1", "ผู้ดูแลข้อมูล", "19", agencyId, OpsRoles.DataSteward);
        var csv = "\uFEFFอำเภอ,ประชากร\nเมืองสระบุรี,\"1,234\"\nเมืองสระบุรี,5\n";
        var (_, version, _) = await uploads.UploadAsync(datasetId, new MemoryStream(Encoding.UTF8.GetBytes(csv)), "pop.csv", steward, dryRun: false);
        Assert.NotNull(version);
        // The loader runs on the bus's own subscriber; its file appearing without any query is what shows it ran.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (Directory.GetFiles(_cache, "*.json").Length == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Single(Directory.GetFiles(_cache, "*.json"));

        var first = await store.TableAsync(version.Id);
        Assert.NotNull(first);
        Assert.True(File.Exists(first.ParquetPath));
        Assert.Equal((2, AreaLevel.District, 2L), (first.RowCount, first.AreaLevel!.Value, first.PlacedRows));

        foreach (var file in Directory.GetFiles(_cache))
        {
            File.Delete(file);
        }

        var rebuilt = await store.TableAsync(version.Id);
        var page = await new WarehouseQuery(Options.Create(new WarehouseOptions())).SearchAsync(rebuilt!, new RowSearch { Fields = ["ประชากร"] });
        Assert.Equal([1234L, 5L], page.Records.Select(r => r[0]));
        await loader.StopAsync(CancellationToken.None);
    }
}
