using System.Text;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Uploads;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Security;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Features.Warehouse;

namespace OpsCenter.Tests.Components.Warehouse;

/// <summary>The upload panel's warehouse load: the bar and the count follow the load of the just-published version until it is ready to explore.</summary>
public sealed class WarehouseLoadProgressTests : ComponentTest
{
    private readonly TestDatabase _database;

    public WarehouseLoadProgressTests() => _database = Services.AddOverEmptyDatabase();

    [Fact]
    public async Task APublishedVersion_IsShownLoading_ThenLoadedWithItsRows()
    {
        DatasetVersion version;
        await using (var db = DbContexts.For(_database))
        {
            var agency = new Agency { Code = "T-LOAD", ProvinceCode = "19", NameTh = "สถิติ", NameEn = "Statistics", Kind = AgencyKind.LineAgency };
            db.Add(agency);
            await db.SaveChangesAsync();
            var dataset = new Dataset { ProvinceCode = "19", Slug = "t-load", TitleTh = "ข้อมูลใหญ่", OwnerAgencyId = agency.Id, Classification = DataClassification.Public };
            db.Add(dataset);
            await db.SaveChangesAsync();
            var csv = new StringBuilder("\uFEFFหมวด,value\n");
            for (var row = 0; row < 120_000; row++)
            {
                csv.Append("หมวด").Append(row % 7).Append(',').Append(row).Append('\n');
            }

            var steward = Actor.Staff("steward-1", "ผู้ดูแลข้อมูล", "19", agency.Id, OpsRoles.DataSteward);
            var uploads = Services.GetRequiredService<DatasetUploadService>();
            version = (await uploads.UploadAsync(dataset.Id, new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), "big.csv", steward, dryRun: false)).Version!;
        }

        var panel = Render<WarehouseLoadProgress>(p => p.Add(c => c.VersionId, version.Id).Add(c => c.TotalRows, version.RowCount));

        panel.WaitForAssertion(() => Assert.Equal("loaded", panel.Find("[data-testid=warehouse-load]").GetAttribute("data-state")), TimeSpan.FromSeconds(60));
        Assert.Contains("โหลดเข้าคลังข้อมูลแล้ว 120,000 แถว", panel.Find("[data-testid=warehouse-load-status]").TextContent, StringComparison.Ordinal);
        Assert.Equal("100", panel.Find("[role=progressbar]").GetAttribute("aria-valuenow"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _database.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
