using System.Globalization;
using System.Security.Claims;
using System.Text;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Uploads;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Security;
using OpsCenter.Domain.Warehouse;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Features.Warehouse;

namespace OpsCenter.Tests.Components.Warehouse;

/// <summary>The steward's indicator form: the service's own rules in Thai under each box, and what only the data can answer under its field after a submit.</summary>
public sealed class IndicatorFormTests : ComponentTest
{
    private static readonly IndicatorChoices Choices = new(
        [new IndicatorDataset("t-form-cases", "ผู้ป่วยรายตำบล", "Cases by subdistrict",
            [new WarehouseColumn("รหัสตำบล", ColumnType.Integer, ColumnRole.AreaCode, AreaLevel.Subdistrict), new WarehouseColumn("โรค", ColumnType.Text), new WarehouseColumn("cases", ColumnType.Integer)],
            AreaLevel.Subdistrict)],
        [new IndicatorKpi("T-CASES", "ผู้ป่วย", "Cases", false)],
        new Dictionary<string, OpsCenter.Domain.Budget.IndicatorDefinition>());

    private readonly TestDatabase _database;
    private readonly int _agencyId;

    public IndicatorFormTests()
    {
        _database = Services.AddOverEmptyDatabase();
        using (var db = DbContexts.For(_database))
        {
            var agency = new Agency { Code = "T-FORM", ProvinceCode = "19", NameTh = "สาธารณสุข", NameEn = "Health", Kind = AgencyKind.LineAgency };
            db.Add(agency);
            db.SaveChanges();
            _agencyId = agency.Id;
            db.Add(new Dataset { ProvinceCode = "19", Slug = "t-form-cases", TitleTh = "ผู้ป่วยรายตำบล", OwnerAgencyId = agency.Id, Classification = DataClassification.Public });
            db.Add(new Kpi { ProvinceCode = "19", Code = "T-CASES", NameTh = "ผู้ป่วย", NameEn = "Cases", Unit = "ราย", LeadAgencyId = agency.Id, Direction = KpiDirection.LowerIsBetter });
            db.SaveChanges();
        }

        var auth = AddAuthorization();
        auth.SetAuthorized("steward-form");
        auth.SetRoles(OpsRoles.DataSteward);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "steward-form"), new Claim(OpsClaims.Province, "19"),
            new Claim(OpsClaims.Agency, _agencyId.ToString(CultureInfo.InvariantCulture)));
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
    }

    [Fact]
    public void AnEmptyForm_IsRefusedInThai_UnderTheDatasetTheNameAndWhatItFeeds()
    {
        var form = Render<IndicatorForm>(p => p.Add(c => c.Choices, Choices));

        form.Find("form").Submit();

        Assert.Contains("ต้องเลือกชุดข้อมูล", form.Find("#error-dataset").TextContent, StringComparison.Ordinal);
        Assert.Contains("ต้องระบุชื่อตัวชี้วัดจากข้อมูล", form.Find("#error-nameTh").TextContent, StringComparison.Ordinal);
        Assert.Contains("ต้องระบุตัวชี้วัด หรือปัจจัยของดัชนีความต้องการ", form.Find("#error-kpi").TextContent, StringComparison.Ordinal);
        Assert.Empty(Services.GetRequiredService<ISnackbar>().ShownSnackbars);
    }

    [Fact]
    public async Task AColumnTheLatestVersionLacks_IsTheServicesAnswer_ShownInThaiUnderTheColumn()
    {
        var uploads = Services.GetRequiredService<DatasetUploadService>();
        var steward = Actor.Staff("steward-form", "ผู้ดูแลข้อมูล", "19", _agencyId, OpsRoles.DataSteward);
        await using (var db = DbContexts.For(_database))
        {
            var dataset = db.Set<Dataset>().Single(d => d.Slug == "t-form-cases");
            var csv = "\uFEFFรหัสตำบล,โรค,cases\n190101,ไข้เลือดออก,12\n190105,ไข้เลือดออก,7\n";
            await uploads.UploadAsync(dataset.Id, new MemoryStream(Encoding.UTF8.GetBytes(csv)), "cases.csv", steward, dryRun: false);
        }

        var typed = new IndicatorFormInput { Dataset = "t-form-cases", NameTh = "ผู้ป่วยทั้งจังหวัด", Measure = Measure.Sum, Of = "ผู้ป่วย", Kpi = "T-CASES" };
        var form = Render<IndicatorForm>(p => p.Add(c => c.Choices, Choices).Add(c => c.Initial, typed));

        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Contains("ใช้กับข้อมูลฉบับล่าสุดไม่ได้", form.Find("#error-of").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Equal(Severity.Error, Services.GetRequiredService<ISnackbar>().ShownSnackbars.Single().Severity);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _database.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
