using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Uploads;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Security;
using OpsCenter.Domain.Warehouse;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Warehouse;

/// <summary>A need-index input fed by an indicator: each new version of the dataset re-measures it per district, and the need index sees the new values.</summary>
public sealed class NeedInputMeasurerTests : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("opscenter-warehouse-need-").FullName;

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NewVersion_ReMeasuresTheNeedInputPerDistrict_CitingTheVersion_AndTheNeedIndexChanges(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        int datasetId, agencyId;
        await using (var db = DbContexts.For(database))
        {
            await db.Database.MigrateAsync();
            var agency = new Agency { Code = "T-PDC", ProvinceCode = "19", NameTh = "พัฒนาสังคม", NameEn = "Social development", Kind = AgencyKind.LineAgency };
            db.Add(agency);
            await db.SaveChangesAsync();
            var dataset = new Dataset { ProvinceCode = "19", Slug = "t-poor", TitleTh = "คนจนเป้าหมายรายตำบล", OwnerAgencyId = agency.Id, Classification = DataClassification.Public, FrequencyUnit = FrequencyUnit.Year };
            db.Add(dataset);
            await db.SaveChangesAsync();
            // An earlier CSV import of the same input: the indicator owns the input from now on, so its values go.
            db.Add(new IndicatorValue { ProvinceCode = "19", IndicatorCode = "tpmap-poor", AreaCode = "1901", Year = 2566, Value = 99_999, Source = "old.csv", ImportedAt = TestClock.UtcNow });
            db.Add(new DatasetIndicator
            {
                ProvinceCode = "19", DatasetId = dataset.Id, NameTh = "คนจนเป้าหมายรายอำเภอ", Measure = Measure.Sum, Of = "poor", NeedInputCode = "tpmap-poor", ByAreaLevel = AreaLevel.District,
            });
            await db.SaveChangesAsync();
            (datasetId, agencyId) = (dataset.Id, agency.Id);
        }

        var factory = DbContexts.FactoryFor(database);
        var clock = new ManualClock(new DateTime(2026, 12, 1, 3, 0, 0, DateTimeKind.Utc));
        using var bus = new OpsEventBus(NullLogger<OpsEventBus>.Instance);
        var uploads = new DatasetUploadService(factory, bus, clock);
        var store = new WarehouseStore(factory, uploads, Options.Create(new WarehouseOptions()), new WarehouseFolder(_cache), NullLogger<WarehouseStore>.Instance);
        using var query = new WarehouseQuery(Options.Create(new WarehouseOptions()));
        using var measurer = new IndicatorMeasurer(factory, store, query, bus, clock, NullLogger<IndicatorMeasurer>.Instance);
        await measurer.StartAsync(CancellationToken.None);
        var steward = Actor.Staff("steward-1", "ผู้ดูแลข้อมูล", "19", agencyId, OpsRoles.DataSteward);
        var options = new NeedIndexOptions();
        var population = new Dictionary<string, int> { ["1901"] = 100_000, ["1902"] = 50_000 };
        var points = new List<double>();

        foreach (var (number, poor) in new[] { (1, new[] { 120, 30, 400 }), (2, new[] { 80, 30, 900 }) })
        {
            var csv = new StringBuilder("\uFEFFรหัสตำบล,poor\n")
                .Append(CultureInfo.InvariantCulture, $"190101,{poor[0]}\n190105,{poor[1]}\n190201,{poor[2]}\n").ToString();
            var imported = new TaskCompletionSource<OpsEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
            using var watch = bus.Subscribe((e, _) =>
            {
                if (e.Kind == BudgetEvents.IndicatorsImported)
                {
                    imported.TrySetResult(e);
                }

                return Task.CompletedTask;
            }, "test");
            await uploads.UploadAsync(datasetId, new MemoryStream(Encoding.UTF8.GetBytes(csv)), $"poor-{number}.csv", steward, dryRun: false);

            Assert.Equal("tpmap-poor", (await imported.Task.WaitAsync(TimeSpan.FromSeconds(60))).SubjectId);
            await using var db = DbContexts.For(database);
            var values = await db.Set<IndicatorValue>().Where(v => v.IndicatorCode == "tpmap-poor").OrderBy(v => v.AreaCode).ToListAsync();
            Assert.Equal([("1901", poor[0] + poor[1] + 0.0), ("1902", poor[2] + 0.0)], values.Select(v => (v.AreaCode, v.Value)));
            Assert.All(values, v => Assert.Equal($"คนจนเป้าหมายรายตำบล ฉบับที่ {number} /catalog/t-poor/explore?version={number}&by=area-2", v.Source));
            var cells = NeedIndex.Compute([], values.Select(v => new NeedIndicator(v.AreaCode, v.IndicatorCode, v.Value)), population, options);
            points.Add(cells.Single(c => c.AreaCode == "1902" && c.Sector == options.Indicators["tpmap-poor"].Sector).IndicatorPoints);
        }

        Assert.Equal([400 * 0.01, 900 * 0.01], points.Select(p => Math.Round(p, 6)));
        await measurer.StopAsync(CancellationToken.None);
    }
}
