using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Identity;

namespace OpsCenter.Tests.Domain.Catalog;

public sealed class DatasetAccessTests
{
    private const int Owner = 7;

    private static CatalogViewer Viewer(int? agency, params string[] roles) => new(roles.ToHashSet(), agency);

    [Theory]
    [InlineData(DataClassification.Public, true)]
    [InlineData(DataClassification.Personal, false)]
    [InlineData(DataClassification.Security, false)]
    [InlineData(DataClassification.Secret, false)]
    public void Anonymous_SeesOnlyPublicContent(DataClassification classification, bool expected) =>
        Assert.Equal(expected, DatasetAccess.CanSeeContent(classification, Owner, CatalogViewer.Anonymous));

    [Fact]
    public void Personal_IsSeenInsideTheOwningAgencyOnly()
    {
        Assert.True(DatasetAccess.CanSeeContent(DataClassification.Personal, Owner, Viewer(Owner, OpsRoles.AgencyStaff)));
        Assert.False(DatasetAccess.CanSeeContent(DataClassification.Personal, Owner, Viewer(99, OpsRoles.DataSteward)));
        Assert.False(DatasetAccess.CanSeeContent(DataClassification.Personal, Owner, Viewer(99, OpsRoles.Executive)));
        Assert.False(DatasetAccess.CanSeeContent(DataClassification.Personal, Owner, Viewer(99, OpsRoles.Admin)));
    }

    [Fact]
    public void Security_IsSeenByOwnerStewardsAndExecutives()
    {
        Assert.True(DatasetAccess.CanSeeContent(DataClassification.Security, Owner, Viewer(Owner, OpsRoles.DataSteward)));
        Assert.True(DatasetAccess.CanSeeContent(DataClassification.Security, Owner, Viewer(1, OpsRoles.Executive)));
        Assert.False(DatasetAccess.CanSeeContent(DataClassification.Security, Owner, Viewer(Owner, OpsRoles.AgencyStaff)));
    }

    [Fact]
    public void Secret_IsSeenByTheOwnersStewardsOnly()
    {
        Assert.True(DatasetAccess.CanSeeContent(DataClassification.Secret, Owner, Viewer(Owner, OpsRoles.DataSteward)));
        Assert.False(DatasetAccess.CanSeeContent(DataClassification.Secret, Owner, Viewer(1, OpsRoles.Executive)));
        Assert.False(DatasetAccess.CanSeeContent(DataClassification.Secret, Owner, Viewer(Owner, OpsRoles.Admin)));
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
