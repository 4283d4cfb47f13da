using Bunit;
using MudBlazor;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Shared.Forms;

namespace OpsCenter.Tests.Components.Agencies;

/// <summary>An agency is found by any part of its Thai or English name, and picking it hands the page its id.</summary>
public sealed class AgencyAutocompleteTests : ComponentTest
{
    private static readonly AgencyName Disaster = new(7, "SRB-DDPM", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสระบุรี", "Saraburi Disaster Prevention and Mitigation Office", AgencyKind.LineAgency);
    private static readonly AgencyName Health = new(8, "SRB-PHO", "สำนักงานสาธารณสุขจังหวัดสระบุรี", "Saraburi Provincial Public Health Office", AgencyKind.LineAgency);
    private static readonly AgencyName KaengKhoi = new(9, "SRB-D03", "ที่ว่าการอำเภอแก่งคอย", "Kaeng Khoi District Office", AgencyKind.DistrictOffice);
    private static readonly AgencyName[] Agencies = [Disaster, Health, KaengKhoi];

    private int? _chosen;

    private (IRenderedComponent<MudPopoverProvider> Popovers, IRenderedComponent<AgencyAutocomplete> Box) RenderBox()
    {
        var popovers = Render<MudPopoverProvider>();
        var box = Render<AgencyAutocomplete>(p => p
            .Add(c => c.Agencies, Agencies)
            .Add(c => c.Value, _chosen)
            .Add(c => c.ValueChanged, id => _chosen = id)
            .AddUnmatched("data-testid", "agency"));
        return (popovers, box);
    }

    private static List<string> Offered(IRenderedComponent<MudPopoverProvider> popovers) =>
        popovers.FindAll("[data-testid=agency-option]").Select(o => o.TextContent.Trim()).ToList();

    [Theory]
    [InlineData("บรรเทา")]
    [InlineData("disaster")]
    [InlineData("DDPM")]
    public void PartOfTheThaiOrEnglishNameOrCode_FindsTheAgency_AndOnlyIt(string typed)
    {
        var (popovers, box) = RenderBox();

        box.Find("input").Input(typed);

        popovers.WaitForAssertion(() => Assert.Equal([Disaster.NameTh], Offered(popovers)), Patience);
    }

    /// <summary>The full suite runs bunit beside browsers on two cores: the dispatcher can be late by seconds.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public void InEnglish_TheOffersAreEnglishNames()
    {
        InEnglish();
        var (popovers, box) = RenderBox();

        box.Find("input").Input("สาธารณสุข");

        popovers.WaitForAssertion(() => Assert.Equal([Health.NameEn], Offered(popovers)), Patience);
    }

    [Fact]
    public void PickingAnOffer_HandsThePageTheAgencysId()
    {
        var (popovers, box) = RenderBox();

        box.Find("input").Input("แก่งคอย");
        popovers.WaitForAssertion(() => Assert.Single(Offered(popovers)), Patience);
        popovers.Find("[data-testid=agency-option]").Click();

        box.WaitForAssertion(() => Assert.Equal(KaengKhoi.Id, _chosen), Patience);
    }

    [Fact]
    public void TheKeyboardAlone_PicksAnAgency()
    {
        var (popovers, box) = RenderBox();

        box.Find("input").Input("สระบุรี");
        popovers.WaitForAssertion(() => Assert.Equal(2, Offered(popovers).Count), Patience);
        box.Find("input").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "ArrowDown" });
        box.Find("input").KeyUp(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });

        box.WaitForAssertion(() => Assert.NotNull(_chosen), Patience);
    }

    [Theory]
    [InlineData("อำเภอ แก่ง", true)]
    [InlineData("office kaeng", true)]
    [InlineData("สาธารณสุข แก่งคอย", false)]
    public void EveryTypedWord_MustAppearSomewhere(string typed, bool matches) =>
        Assert.Equal(matches, AgencyAutocomplete.Matches(KaengKhoi, typed));
}
