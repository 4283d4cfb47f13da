using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Uploads;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Security;
using OpsCenter.Domain.Warehouse;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Warehouse;

public sealed class IndicatorMeasurerTests : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("opscenter-warehouse-indicator-").FullName;

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NewVersion_ReMeasuresTheKpi_CitesTheVersion_AndPublishesTheKpiEvent(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        int datasetId, agencyId, kpiId;
        await using (var db = DbContexts.For(database))
        {
            await db.Database.MigrateAsync();
            var agency = new Agency { Code = "T-PHO", ProvinceCode = "19", NameTh = "สาธารณสุข", NameEn = "Health", Kind = AgencyKind.LineAgency };
            db.Add(agency);
            await db.SaveChangesAsync();
            var dataset = new Dataset { ProvinceCode = "19", Slug = "t-dengue", TitleTh = "ผู้ป่วยไข้เลือดออก", OwnerAgencyId = agency.Id, Classification = DataClassification.Public, FrequencyUnit = FrequencyUnit.Week };
            db.Add(dataset);
            await db.SaveChangesAsync();
            var indicator = new DatasetIndicator { ProvinceCode = "19", DatasetId = dataset.Id, NameTh = "ผู้ป่วยในอำเภอเมือง", Measure = Measure.Sum, Of = "cases", AreaCode = "1901", FilterColumn = "โรค", FilterValue = "ไข้เลือดออก" };
            db.Add(indicator);
            await db.SaveChangesAsync();
            var kpi = new Kpi
            {
                ProvinceCode = "19", Code = "T-DENGUE", NameTh = "ผู้ป่วยไข้เลือดออก อ.เมือง", NameEn = "Dengue cases, Mueang", Unit = "ราย", LeadAgencyId = agency.Id,
                Direction = KpiDirection.LowerIsBetter, Computation = KpiComputation.Indicator, SourceIndicatorId = indicator.Id, SourceDatasetId = dataset.Id,
            };
            db.Add(kpi);
            await db.SaveChangesAsync();
            (datasetId, agencyId, kpiId) = (dataset.Id, agency.Id, kpi.Id);
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

        foreach (var (number, seed) in new[] { (1, 7), (2, 8) })
        {
            var random = new Random(seed);
            var csv = new StringBuilder("\uFEFFรหัสตำบล,โรค,cases\n");
            var expected = 0L;
            foreach (var code in new[] { "190101", "190105", "190201", "190101" })
            {
                foreach (var disease in new[] { "ไข้เลือดออก", "ไข้หวัดใหญ่" })
                {
                    var cases = random.Next(0, 500);
                    csv.Append(CultureInfo.InvariantCulture, $"{code},{disease},{cases}\n");
                    expected += code.StartsWith("1901", StringComparison.Ordinal) && disease == "ไข้เลือดออก" ? cases : 0;
                }
            }

            var measured = new TaskCompletionSource<OpsEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
            using var watch = bus.Subscribe((e, _) =>
            {
                if (e.Kind == KpiEvents.Measured)
                {
                    measured.TrySetResult(e);
                }

                return Task.CompletedTask;
            }, "test");
            await uploads.UploadAsync(datasetId, new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), $"dengue-{number}.csv", steward, dryRun: false);

            var e = await measured.Task.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(kpiId.ToString(CultureInfo.InvariantCulture), e.SubjectId);
            await using var db = DbContexts.For(database);
            var row = await db.Set<KpiMeasurement>().SingleAsync(m => m.KpiId == kpiId);
            Assert.Equal(expected, row.Value);
            Assert.Equal(KpiMeasurementService.ComputedBy, row.EnteredByName);
            Assert.Contains($"ฉบับที่ {number}", row.EvidenceNote, StringComparison.Ordinal);
            Assert.Equal($"/catalog/t-dengue/explore?version={number}", row.EvidenceUrl);
        }

        await measurer.StopAsync(CancellationToken.None);
    }
}
