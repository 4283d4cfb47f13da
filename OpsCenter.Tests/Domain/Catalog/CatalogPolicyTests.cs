using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Security;

namespace OpsCenter.Tests.Domain.Catalog;

public sealed class CatalogPolicyTests
{
    private const int Owner = 7;

    private static Actor Viewer(int? agency, params string[] roles) => Actor.Staff("", "", "19", agency, roles);

    private static Dataset Dataset(DataClassification classification) =>
        new() { ProvinceCode = "19", Slug = "d", TitleTh = "ชุดข้อมูล", OwnerAgencyId = Owner, Classification = classification };

    [Theory]
    [InlineData(DataClassification.Public, true)]
    [InlineData(DataClassification.Personal, false)]
    [InlineData(DataClassification.Security, false)]
    [InlineData(DataClassification.Secret, false)]
    public void Anonymous_SeesOnlyPublicContent(DataClassification classification, bool expected) =>
        Assert.Equal(expected, CatalogPolicy.CanSeeContent(Dataset(classification), Actor.Anonymous));

    [Fact]
    public void PersonalData_StaysInsideTheOwningAgency()
    {
        Assert.True(CatalogPolicy.CanSeeContent(Dataset(DataClassification.Personal), Viewer(Owner, OpsRoles.AgencyStaff)));
        Assert.False(CatalogPolicy.CanSeeContent(Dataset(DataClassification.Personal), Viewer(99, OpsRoles.DataSteward)));
        Assert.False(CatalogPolicy.CanSeeContent(Dataset(DataClassification.Personal), Viewer(99, OpsRoles.Executive)));
        Assert.False(CatalogPolicy.CanSeeContent(Dataset(DataClassification.Personal), Viewer(99, OpsRoles.Admin)));
    }

    [Fact]
    public void SecurityData_IsForTheOwnersStewardsAndExecutives()
    {
        Assert.True(CatalogPolicy.CanSeeContent(Dataset(DataClassification.Security), Viewer(Owner, OpsRoles.DataSteward)));
        Assert.True(CatalogPolicy.CanSeeContent(Dataset(DataClassification.Security), Viewer(1, OpsRoles.Executive)));
        Assert.False(CatalogPolicy.CanSeeContent(Dataset(DataClassification.Security), Viewer(Owner, OpsRoles.AgencyStaff)));
    }

    [Fact]
    public void SecretData_IsForTheOwnersStewardsOnly()
    {
        Assert.True(CatalogPolicy.CanSeeContent(Dataset(DataClassification.Secret), Viewer(Owner, OpsRoles.DataSteward)));
        Assert.False(CatalogPolicy.CanSeeContent(Dataset(DataClassification.Secret), Viewer(1, OpsRoles.Executive)));
        Assert.False(CatalogPolicy.CanSeeContent(Dataset(DataClassification.Secret), Viewer(Owner, OpsRoles.Admin)));
    }

    [Fact]
    public void AnotherProvincesSteward_SeesNothingButPublicContent()
    {
        var stewardElsewhere = Actor.Staff("", "", "13", Owner, OpsRoles.DataSteward, OpsRoles.Executive);
        Assert.True(CatalogPolicy.CanSeeContent(Dataset(DataClassification.Public), stewardElsewhere));
        Assert.All([DataClassification.Personal, DataClassification.Security, DataClassification.Secret],
            c => Assert.False(CatalogPolicy.CanSeeContent(Dataset(c), stewardElsewhere)));
    }

    [Fact]
    public void Upload_NeedsTheOwnersStewardOrAnAdministrator()
    {
        Assert.True(CatalogPolicy.CanUpload(Owner, Viewer(Owner, OpsRoles.DataSteward)));
        Assert.True(CatalogPolicy.CanUpload(Owner, Viewer(1, OpsRoles.Admin)));
        Assert.False(CatalogPolicy.CanUpload(Owner, Viewer(99, OpsRoles.DataSteward)));
        Assert.False(CatalogPolicy.CanUpload(Owner, Viewer(Owner, OpsRoles.AgencyStaff)));
    }
}
