using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Features.Proposals;

namespace OpsCenter.Tests.Components.Proposals;

/// <summary>The citizen's proposal form checks what the proposal service checks first, and shows the service's refusals beside their field.</summary>
public sealed class ProposalFormViewTests : ComponentTest
{
    private static readonly AreaName[] Areas = [new("1905", "หนองแค", "Nong Khae", "19"), new("190501", "หนองแค", "Nong Khae", "1905")];
    private static readonly ReportCategory Flood = new() { Code = "flood", NameTh = "น้ำท่วม", NameEn = "Floods", Sector = "infrastructure", SlaHours = 72 };

    private readonly ProposalForm _input = new() { Step = "submit" };
    private bool? _valid;

    private IRenderedComponent<ProposalFormView> RenderForm(IReadOnlyList<FieldError>? errors = null) =>
        Render<ProposalFormView>(p => p
            .Add(c => c.Input, _input)
            .Add(c => c.ProvinceCode, "19")
            .Add(c => c.Areas, Areas)
            .Add(c => c.Categories, [Flood])
            .Add(c => c.Errors, errors ?? [])
            .Add(c => c.OnSubmit, (EditContext form) => _valid = form.Validate()));

    private void FillValidProposal()
    {
        _input.Title = "ขุดลอกคลองระบายน้ำหมู่ 7";
        _input.Description = "น้ำท่วมถนนในหมู่ 7 ทุกปี คลองระบายน้ำตื้นเขิน ขอให้ขุดลอกคลอง";
        _input.AreaCode = "190501";
        _input.CategoryCode = Flood.Code;
    }

    [Fact]
    public void EmptySubmit_ShowsEachRuleInThai_UnderItsField()
    {
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.False(_valid);
        Assert.Contains("ชื่อข้อเสนอต้องมี 5–200 ตัวอักษร", form.Find("#error-title").TextContent, StringComparison.Ordinal);
        Assert.Contains("รายละเอียดต้องมี 20–4,000 ตัวอักษร", form.Find("#error-description").TextContent, StringComparison.Ordinal);
        Assert.Contains("กรุณาเลือกอำเภอหรือตำบล", form.Find("#error-area").TextContent, StringComparison.Ordinal);
        Assert.Contains("กรุณาเลือกประเภทความต้องการ", form.Find("#error-category").TextContent, StringComparison.Ordinal);
        Assert.Empty(form.FindAll("#error-phone"));
    }

    [Fact]
    public void EmptySubmit_InEnglish_ShowsTheEnglishMessages()
    {
        InEnglish();
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Contains("The title must have 5–200 characters", form.Find("#error-title").TextContent, StringComparison.Ordinal);
        Assert.Contains("Choose the kind of need", form.Find("#error-category").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AWrongPhone_IsRefusedUnderThePhone_AndWhatWasTypedStays()
    {
        FillValidProposal();
        var form = RenderForm();

        form.Find("#proposal-phone").Change("12ab");
        form.Find("form").Submit();

        Assert.False(_valid);
        Assert.Contains("หมายเลขโทรศัพท์ไม่ถูกต้อง", form.Find("#error-phone").TextContent, StringComparison.Ordinal);
        Assert.Equal("12ab", form.Find("#proposal-phone").GetAttribute("value"));
        Assert.Equal(_input.Title, form.Find("#proposal-title").GetAttribute("value"));
        Assert.NotNull(form.Find("#proposal-area option[value='190501'][selected]"));
    }

    [Fact]
    public void AValidProposal_PassesTheRules_AndEachInputPostsUnderTheFormsName()
    {
        FillValidProposal();
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.True(_valid);
        Assert.Empty(form.FindAll(".mud-input-error"));
        Assert.Equal(["Input.Title", "Input.AreaCode", "Input.CategoryCode", "Input.Description", "Input.Phone", "Input.EvidenceUrl"],
            form.FindAll("input[name], select[name], textarea[name]").Select(e => e.GetAttribute("name")).Where(n => n!.StartsWith("Input.", StringComparison.Ordinal)));
    }

    [Fact]
    public void ACitedViewTheServiceRefuses_IsToldInThaiUnderTheEvidenceLink()
    {
        FillValidProposal();
        _input.EvidenceUrl = "/catalog/srb-dopa-population-2567/explore?version=9";
        var form = RenderForm([new FieldError("evidenceUrl", "ชุดข้อมูลนี้ไม่มีฉบับที่ 9", "The dataset has no version 9")]);

        Assert.Contains("ชุดข้อมูลนี้ไม่มีฉบับที่ 9", form.Find("#error-evidenceUrl").TextContent, StringComparison.Ordinal);
        Assert.Equal(_input.EvidenceUrl, form.Find("#proposal-evidence").GetAttribute("value"));
    }

    [Fact]
    public void TheServicesRefusal_LandsOnItsField_AndAFieldlessOneStillShows()
    {
        FillValidProposal();
        var form = RenderForm([
            new FieldError("areaCode", "กรุณาเลือกอำเภอหรือตำบลในจังหวัดนี้", "Choose a district or subdistrict of this province"),
            new FieldError("rate", "ส่งข้อเสนอจากเครื่องนี้ครบจำนวนต่อวันแล้ว", "Too many proposals from this device today")]);

        Assert.Contains("กรุณาเลือกอำเภอหรือตำบลในจังหวัดนี้", form.Find("#error-area").TextContent, StringComparison.Ordinal);
        Assert.Contains("ครบจำนวนต่อวัน", form.Find("[data-testid=error-rate]").TextContent, StringComparison.Ordinal);
        Assert.Empty(form.FindAll("#error-title"));
    }
}
