using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Reports;
using OpsCenter.Web.Shared.Forms;

namespace OpsCenter.Tests.Components.Agencies;

/// <summary>A plain form's typed agency: the exact name or code, or the one agency every typed word points to; never a guess.</summary>
public sealed class AgencyChoiceTests
{
    private static readonly AgencyName Disaster = new(7, "SRB-DDPM", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสระบุรี", "Saraburi Disaster Prevention and Mitigation Office", AgencyKind.LineAgency);
    private static readonly AgencyName Health = new(8, "SRB-PHO", "สำนักงานสาธารณสุขจังหวัดสระบุรี", "Saraburi Provincial Public Health Office", AgencyKind.LineAgency);
    private static readonly AgencyName KaengKhoi = new(9, "SRB-D03", "ที่ว่าการอำเภอแก่งคอย", "Kaeng Khoi District Office", AgencyKind.DistrictOffice);
    private static readonly AgencyName[] Agencies = [Disaster, Health, KaengKhoi];

    [Theory]
    [InlineData("สำนักงานสาธารณสุขจังหวัดสระบุรี", 8)]
    [InlineData("  Saraburi Provincial Public Health Office ", 8)]
    [InlineData("srb-d03", 9)]
    [InlineData("แก่งคอย", 9)]
    [InlineData("disaster office", 7)]
    public void TheNameTheCodeOrWordsOnlyOneAgencyHas_ChooseIt(string typed, int expected) =>
        Assert.Equal(expected, AgencyChoice.Resolve(Agencies, typed)?.Id);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("สำนักงาน")]
    [InlineData("Saraburi")]
    [InlineData("กรมทางหลวง")]
    public void NothingTyped_WordsSeveralAgenciesHave_OrNoAgencyHas_ChooseNone(string typed) =>
        Assert.Null(AgencyChoice.Resolve(Agencies, typed));
}
