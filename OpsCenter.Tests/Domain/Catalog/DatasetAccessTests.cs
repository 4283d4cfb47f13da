using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Security;

namespace OpsCenter.Tests.Domain.Catalog;

public sealed class DatasetAccessTests
{
    private const int Owner = 7;

    private static Viewer Viewer(int? agency, params string[] roles) => OpsCenter.Domain.Security.Viewer.Staff("19", agency, roles);

    private static Dataset Dataset(DataClassification classification) =>
        new() { ProvinceCode = "19", Slug = "d", TitleTh = "ชุดข้อมูล", OwnerAgencyId = Owner, Classification = classification };

    [Theory]
    [InlineData(DataClassification.Public, true)]
    [InlineData(DataClassification.Personal, false)]
    [InlineData(DataClassification.Security, false)]
    [InlineData(DataClassification.Secret, false)]
    public void Anonymous_SeesOnlyPublicContent(DataClassification classification, bool expected) =>
        Assert.Equal(expected, DatasetAccess.CanSeeContent(Dataset(classification), OpsCenter.Domain.Security.Viewer.Anonymous));

    [Fact]
    public void PersonalData_StaysInsideTheOwningAgency()
    {
        Assert.True(DatasetAccess.CanSeeContent(Dataset(DataClassification.Personal), Viewer(Owner, OpsRoles.AgencyStaff)));
        Assert.False(DatasetAccess.CanSeeContent(Dataset(DataClassification.Personal), Viewer(99, OpsRoles.DataSteward)));
        Assert.False(DatasetAccess.CanSeeContent(Dataset(DataClassification.Personal), Viewer(99, OpsRoles.Executive)));
        Assert.False(DatasetAccess.CanSeeContent(Dataset(DataClassification.Personal), Viewer(99, OpsRoles.Admin)));
    }

    [Fact]
    public void SecurityData_IsForTheOwnersStewardsAndExecutives()
    {
        Assert.True(DatasetAccess.CanSeeContent(Dataset(DataClassification.Security), Viewer(Owner, OpsRoles.DataSteward)));
        Assert.True(DatasetAccess.CanSeeContent(Dataset(DataClassification.Security), Viewer(1, OpsRoles.Executive)));
        Assert.False(DatasetAccess.CanSeeContent(Dataset(DataClassification.Security), Viewer(Owner, OpsRoles.AgencyStaff)));
    }

    [Fact]
    public void SecretData_IsForTheOwnersStewardsOnly()
    {
        Assert.True(DatasetAccess.CanSeeContent(Dataset(DataClassification.Secret), Viewer(Owner, OpsRoles.DataSteward)));
        Assert.False(DatasetAccess.CanSeeContent(Dataset(DataClassification.Secret), Viewer(1, OpsRoles.Executive)));
        Assert.False(DatasetAccess.CanSeeContent(Dataset(DataClassification.Secret), Viewer(Owner, OpsRoles.Admin)));
    }

    [Fact]
    public void AnotherProvincesSteward_SeesNothingButPublicContent()
    {
        var stewardElsewhere = OpsCenter.Domain.Security.Viewer.Staff("13", Owner, OpsRoles.DataSteward, OpsRoles.Executive);
        Assert.True(DatasetAccess.CanSeeContent(Dataset(DataClassification.Public), stewardElsewhere));
        Assert.All([DataClassification.Personal, DataClassification.Security, DataClassification.Secret],
            c => Assert.False(DatasetAccess.CanSeeContent(Dataset(c), stewardElsewhere)));
    }

    [Fact]
    public void Upload_NeedsTheOwnersStewardOrAnAdministrator()
    {
        Assert.True(DatasetAccess.CanUpload(Owner, Viewer(Owner, OpsRoles.DataSteward)));
        Assert.True(DatasetAccess.CanUpload(Owner, Viewer(1, OpsRoles.Admin)));
        Assert.False(DatasetAccess.CanUpload(Owner, Viewer(99, OpsRoles.DataSteward)));
        Assert.False(DatasetAccess.CanUpload(Owner, Viewer(Owner, OpsRoles.AgencyStaff)));
    }
}
