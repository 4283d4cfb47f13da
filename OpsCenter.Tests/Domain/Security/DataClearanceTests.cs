using OpsCenter.Domain.Common;
using OpsCenter.Domain.Security;

namespace OpsCenter.Tests.Domain.Security;

/// <summary>The one rule, every classification against every kind of viewer, for agency-owned and province-held data.</summary>
public sealed class DataClearanceTests
{
    private const string Province = "19";
    private const int OwnerAgency = 7;

    private static readonly Dictionary<string, Actor> Viewers = new()
    {
        ["anonymous"] = Actor.Anonymous,
        ["screen token"] = Actor.Screen(Province),
        ["partner app"] = Actor.Partner(Province),
        ["partner app of another province"] = Actor.Partner("13"),
        ["owner agency staff"] = Actor.Staff("", "", Province, OwnerAgency, OpsRoles.AgencyStaff),
        ["owner agency steward"] = Actor.Staff("", "", Province, OwnerAgency, OpsRoles.DataSteward),
        ["owner agency presenter"] = Actor.Staff("", "", Province, OwnerAgency, OpsRoles.Presenter),
        ["other agency staff"] = Actor.Staff("", "", Province, 99, OpsRoles.AgencyStaff),
        ["other agency steward"] = Actor.Staff("", "", Province, 99, OpsRoles.DataSteward),
        ["province official"] = Actor.Staff("", "", Province, 2, OpsRoles.Official),
        ["executive"] = Actor.Staff("", "", Province, 1, OpsRoles.Executive),
        ["admin of the owner agency"] = Actor.Staff("", "", Province, OwnerAgency, OpsRoles.Admin),
        ["admin"] = Actor.Staff("", "", Province, null, OpsRoles.Admin),
        ["owner steward signed in to another province"] = Actor.Staff("", "", "13", OwnerAgency, OpsRoles.DataSteward, OpsRoles.Official),
        ["executive of another province"] = Actor.Staff("", "", "13", 1, OpsRoles.Executive),
        ["national office viewing the province"] = Actor.Staff("", "", Province, null, OpsRoles.National),
        ["staff with no province"] = new Actor(ActorKind.Staff, "", "", null, OwnerAgency, new HashSet<string> { OpsRoles.Executive }),
    };

    /// <summary>Viewer, then what they may see of Public, Personal, Security, Secret data owned by agency 7.</summary>
    public static TheoryData<string, bool, bool, bool, bool> AgencyOwned => new()
    {
        { "anonymous", true, false, false, false },
        { "screen token", true, false, false, false },
        { "partner app", true, true, false, false },
        { "partner app of another province", true, false, false, false },
        { "owner agency staff", true, true, false, false },
        { "owner agency steward", true, true, true, true },
        { "owner agency presenter", true, true, false, false },
        { "other agency staff", true, false, false, false },
        { "other agency steward", true, false, false, false },
        { "province official", true, false, false, false },
        { "executive", true, false, true, false },
        { "admin of the owner agency", true, false, false, false },
        { "admin", true, false, false, false },
        { "owner steward signed in to another province", true, false, false, false },
        { "executive of another province", true, false, false, false },
        { "national office viewing the province", true, false, false, false },
        { "staff with no province", true, false, false, false },
    };

    /// <summary>The same for data the province itself holds (no owner agency): its officials are the owner's people.</summary>
    public static TheoryData<string, bool, bool, bool, bool> ProvinceHeld => new()
    {
        { "anonymous", true, false, false, false },
        { "screen token", true, false, false, false },
        { "partner app", true, true, false, false },
        { "owner agency staff", true, false, false, false },
        { "province official", true, true, false, false },
        { "national office viewing the province", true, false, false, false },
        { "executive", true, false, true, false },
        { "admin", true, false, false, false },
        { "owner steward signed in to another province", true, false, false, false },
    };

    [Theory]
    [MemberData(nameof(AgencyOwned))]
    public void AgencyOwnedData_IsSeenOnlyByThoseCleared(string viewer, bool @public, bool personal, bool security, bool secret) =>
        Assert.Equal((@public, personal, security, secret), Clearance(viewer, OwnerAgency));

    [Theory]
    [MemberData(nameof(ProvinceHeld))]
    public void ProvinceHeldData_IsSeenOnlyByThoseCleared(string viewer, bool @public, bool personal, bool security, bool secret) =>
        Assert.Equal((@public, personal, security, secret), Clearance(viewer, null));

    [Fact]
    public void EveryViewerKind_IsInTheTable() =>
        Assert.All(Enum.GetValues<ActorKind>(), kind => Assert.Contains(Viewers.Values, v => v.Kind == kind));

    [Fact]
    public void Labels_AreThaiFirst_AndMaskedPlaceholderSaysSo()
    {
        Assert.Equal(["ข้อมูลสาธารณะ", "ข้อมูลส่วนบุคคล", "ข้อมูลความมั่นคง", "ข้อมูลลับ"], DataClassifications.All.Select(DataClassifications.ThaiName));
        Assert.Equal("ข้อมูลส่วนบุคคล – ปิดบัง", DataClassifications.MaskedThai(DataClassification.Personal));
        Assert.Equal([1, 2, 3, 4], DataClassifications.All.Select(c => (int)c));
    }

    private static (bool, bool, bool, bool) Clearance(string viewer, int? ownerAgency)
    {
        bool See(DataClassification c) => DataClearance.CanSee(c, Viewers[viewer], Province, ownerAgency);
        return (See(DataClassification.Public), See(DataClassification.Personal), See(DataClassification.Security), See(DataClassification.Secret));
    }
}
