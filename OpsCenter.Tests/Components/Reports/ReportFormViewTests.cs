using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Areas.Boundaries;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Intake;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Features.Reports.Intake;

namespace OpsCenter.Tests.Components.Reports;

/// <summary>The citizen's report form checks what the intake service checks first, and shows what the service refuses beside the field.</summary>
public sealed class ReportFormViewTests : ComponentTest
{
    private static readonly ProvinceReportSetup Setup = new("19", "สระบุรี", "Saraburi", "SRB", 1,
        new Dictionary<int, AgencyName> { [1] = new(1, "PO", "สำนักงานจังหวัดสระบุรี", "Saraburi Provincial Office", AgencyKind.ProvincialOffice) },
        new Dictionary<string, int>(), [],
        new Dictionary<string, AreaName> { ["1901"] = new("1901", "เมืองสระบุรี", "Mueang Saraburi", "19") });

    private static readonly ReportCategory Road = new() { Code = "road", NameTh = "ถนน", NameEn = "Roads", Sector = "infrastructure", SlaHours = 72 };

    private readonly ReportForm _form = new();
    private int _submitted;

    public ReportFormViewTests()
    {
        // The map's services are only asked once a pin is dropped; no test here drops one, so the database stays untouched.
        var database = TestDatabase.CreateAsync(DatabaseProvider.Sqlite).GetAwaiter().GetResult();
        var factory = DbContexts.FactoryFor(database);
        Services.AddSingleton(new AreaBoundaries(factory));
        Services.AddSingleton<IAreaLocator>(new BoundaryAreaLocator(factory));
    }

    private IRenderedComponent<ReportFormView> RenderForm(IReadOnlyList<FieldError>? errors = null)
    {
        Render<MudPopoverProvider>();
        return Render<ReportFormView>(p => p
            .Add(c => c.Form, _form)
            .Add(c => c.Setup, Setup)
            .Add(c => c.Categories, [Road])
            .Add(c => c.Errors, errors ?? [])
            .Add(c => c.OnSubmit, () => _submitted++));
    }

    private void FillValidReport()
    {
        _form.CategoryCode = Road.Code;
        _form.Description = "ถนนหน้าโรงเรียนเป็นหลุมลึก";
        _form.Latitude = 14.53;
        _form.Longitude = 100.91;
    }

    [Fact]
    public void EmptySubmit_ShowsTheIntakeRulesInThai_BesideEachField_AndSendsNothing()
    {
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Contains("กรุณาเลือกหมวดหมู่", form.Find("#error-category").TextContent, StringComparison.Ordinal);
        Assert.Contains($"อย่างน้อย {SubmissionRules.MinDescription} ตัวอักษร", form.Find("#error-description").TextContent, StringComparison.Ordinal);
        Assert.Contains("ปักหมุด", form.Find("[data-testid=error-lat]").TextContent, StringComparison.Ordinal);
        Assert.Contains("กรุณาแก้ไขช่องที่มีข้อความสีแดง", form.Find("[data-testid=form-problem]").TextContent, StringComparison.Ordinal);
        Assert.Equal(0, _submitted);
    }

    [Fact]
    public void EmptySubmit_InEnglish_ShowsTheEnglishMessages()
    {
        InEnglish();
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Contains("Choose a category", form.Find("#error-category").TextContent, StringComparison.Ordinal);
        Assert.Contains($"at least {SubmissionRules.MinDescription} characters", form.Find("#error-description").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AWrongPhone_IsRefusedBesideThePhone_BeforeAnythingIsSent()
    {
        FillValidReport();
        var form = RenderForm();

        form.Find("#contact-phone").Change("12ab");
        form.Find("form").Submit();

        Assert.Contains("หมายเลขโทรศัพท์ไม่ถูกต้อง", form.Find("#error-phone").TextContent, StringComparison.Ordinal);
        Assert.Equal("12ab", _form.Phone);
        Assert.Equal(0, _submitted);
    }

    [Fact]
    public void AValidReport_IsHandedToThePage()
    {
        FillValidReport();
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal(1, _submitted);
        Assert.Empty(form.FindAll(".mud-input-error"));
    }

    [Fact]
    public void TheServicesRefusal_LandsOnItsField_AndLeavesWhenTheFieldIsEdited()
    {
        FillValidReport();
        _form.Phone = "0812345678";
        var refusal = new FieldError("phone", "หมายเลขนี้ถูกระงับการแจ้งเรื่อง", "This number may not file reports");
        var form = RenderForm([refusal, new FieldError("long", "จุดนี้อยู่นอกจังหวัด", "This point is outside the province")]);

        Assert.Contains(refusal.Thai, form.Find("#error-phone").TextContent, StringComparison.Ordinal);
        Assert.Contains("จุดนี้อยู่นอกจังหวัด", form.Find("[data-testid=error-lat]").TextContent, StringComparison.Ordinal);

        form.Find("#contact-phone").Change("0898765432");

        Assert.Empty(form.FindAll("#error-phone"));
        Assert.Single(form.FindAll("[data-testid=error-lat]"));
    }

    [Fact]
    public void ARefusalOfAFieldTheFormDoesNotHave_StillShows()
    {
        var form = RenderForm([new FieldError("captcha", "กรุณายืนยันว่าไม่ใช่โปรแกรมอัตโนมัติ", "Confirm you are not a robot")]);

        Assert.Contains("กรุณายืนยัน", form.Find("[data-testid=error-captcha]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ANewForm_AfterARefusedOne_StartsClean()
    {
        var form = RenderForm();
        form.Find("form").Submit();
        Assert.NotEmpty(form.FindAll(".mud-input-error"));

        form.Render(p => p.Add(c => c.Form, new ReportForm()));

        Assert.Empty(form.FindAll(".mud-input-error"));
        Assert.Empty(form.FindAll("[data-testid=error-lat]"));
        Assert.Empty(form.FindAll("[data-testid=form-problem]"));
    }
}
