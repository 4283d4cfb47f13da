using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Kpis;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Features.Kpis;

namespace OpsCenter.Tests.Components.Kpis;

/// <summary>Entering a KPI's monthly value: the measurement service's own rules speak in Thai under each box before anything is sent.</summary>
public sealed class KpiEntryFormTests : ComponentTest
{
    private static readonly Kpi Roads = new() { Id = 999, ProvinceCode = "19", Code = "K-ROAD", NameTh = "ถนนที่ซ่อมแล้ว", NameEn = "Roads repaired", Unit = "%" };
    private static readonly Agency Works = new() { Id = 1, Code = "DPT", NameTh = "โยธาธิการจังหวัดสระบุรี", NameEn = "Saraburi Public Works", ProvinceCode = "19", Kind = AgencyKind.ProvincialOffice };

    private readonly TestDatabase _database;

    public KpiEntryFormTests()
    {
        _database = Services.AddOverEmptyDatabase();
        AddAuthorization().SetAuthorized("โยธา");
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
    }

    private IRenderedComponent<KpiEntryForm> RenderForm() =>
        Render<KpiEntryForm>(p => p
            .Add(c => c.Kpi, Roads)
            .Add(c => c.Owners, [new KpiOwnerView(new KpiOwner { KpiId = Roads.Id, AgencyId = Works.Id, IsLead = true, PartTh = "ทั้งหมด" }, Works)]));

    [Fact]
    public void AnEmptyEntry_IsRefusedInThai_UnderTheValueAndTheEvidence()
    {
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Contains("ต้องระบุค่าเป็นตัวเลข", form.Find("#error-value").TextContent, StringComparison.Ordinal);
        Assert.Contains("ต้องแนบหลักฐาน", form.Find("#error-evidence").TextContent, StringComparison.Ordinal);
        Assert.Empty(Services.GetRequiredService<ISnackbar>().ShownSnackbars);
    }

    [Fact]
    public void APercentageOverAHundred_IsRefusedAsItIsTyped()
    {
        var form = RenderForm();

        form.Find("input[data-testid=kpi-entry-value]").Change("120");

        Assert.Contains("ค่าร้อยละต้องอยู่ระหว่าง 0 ถึง 100", form.Find("#error-value").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AValidEntry_ReachesTheService_AndItsRefusalIsToldInRed_KeepingWhatWasTyped()
    {
        var form = RenderForm();

        form.Find("input[data-testid=kpi-entry-value]").Change("75");
        form.Find("textarea[data-testid=kpi-entry-note]").Change("รายงานกองช่าง ธ.ค.");
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Contains("ยังไม่ได้บันทึก", Services.GetRequiredService<ISnackbar>().ShownSnackbars.Single().Message, StringComparison.Ordinal));
        Assert.Equal(Severity.Error, Services.GetRequiredService<ISnackbar>().ShownSnackbars.Single().Severity);
        Assert.Equal("รายงานกองช่าง ธ.ค.", form.Find("textarea[data-testid=kpi-entry-note]").TextContent);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _database.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
