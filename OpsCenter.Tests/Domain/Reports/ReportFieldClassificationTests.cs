using OpsCenter.Domain.Common;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Security;

namespace OpsCenter.Tests.Domain.Reports;

public sealed class ReportFieldClassificationTests
{
    private const int Owner = 7;

    [Fact]
    public void Table_ClassifiesEveryField_CitizensWordsPhotoPlaceAndContactArePersonal()
    {
        Assert.All(Enum.GetValues<ReportField>(), f => Assert.True(ReportFieldClassification.Table.ContainsKey(f), $"{f} is not classified"));
        var personal = ReportFieldClassification.Table.Where(kv => kv.Value == DataClassification.Personal).Select(kv => kv.Key).ToHashSet();
        Assert.Equal(
            new HashSet<ReportField>
            {
                ReportField.ReporterName, ReportField.ReporterPhone, ReportField.ReporterEmail, ReportField.ExactLocation,
                ReportField.Address, ReportField.Photo, ReportField.Description,
            },
            personal);
        Assert.All(ReportFieldClassification.Table.Values, c => Assert.True(c is DataClassification.Public or DataClassification.Personal));
    }

    [Theory]
    [InlineData("official", null, true)]
    [InlineData("official", Owner, true)]
    [InlineData("owner staff", Owner, true)]
    [InlineData("owner staff", null, false)]
    [InlineData("other staff", Owner, false)]
    [InlineData("executive", Owner, false)]
    [InlineData("executive", null, false)]
    [InlineData("admin", Owner, false)]
    [InlineData("official of another province", null, false)]
    [InlineData("screen", Owner, false)]
    [InlineData("anonymous", Owner, false)]
    public void PersonalFields_AreForTheProvincesOfficialsAndTheOwnerAgency(string who, int? ownerAgency, bool expected)
    {
        var viewer = who switch
        {
            "official" => Actor.Staff("", "", "19", 2, OpsRoles.Official),
            "owner staff" => Actor.Staff("", "", "19", Owner, OpsRoles.AgencyStaff),
            "other staff" => Actor.Staff("", "", "19", 99, OpsRoles.AgencyStaff),
            "executive" => Actor.Staff("", "", "19", 1, OpsRoles.Executive),
            "admin" => Actor.Staff("", "", "19", null, OpsRoles.Admin),
            "official of another province" => Actor.Staff("", "", "13", 2, OpsRoles.Official),
            "screen" => Actor.Screen("19"),
            _ => Actor.Anonymous,
        };

        var visible = ReportFieldClassification.Visible(viewer, "19", ownerAgency);

        Assert.Equal(expected, visible.Contains(ReportField.Description));
        Assert.Equal(expected, visible.Contains(ReportField.ReporterPhone));
        Assert.Contains(ReportField.TrackingNumber, visible);
        Assert.Contains(ReportField.Status, visible);
    }

    [Fact]
    public void PublicMapPointsAndEvidencePacks_CarryAnApproximateLocation_NotTheExactPoint()
    {
        var point = new OpsCenter.Domain.Maps.MapPoint(1, "SRB-1", 14.531234, 100.912789, "road", true);
        var evidence = new OpsCenter.Domain.Budget.EvidenceReport(1, "SRB-1", "road", "ถนน", "Roads", ReportKind.Complaint, ReportStatus.Received,
            DateTime.UnixEpoch, null, "1901", "190101", 14.531234, null);

        Assert.Equal((14.531, 100.913), (point.Lat, point.Lon));
        Assert.Equal(14.531, evidence.Latitude);
        Assert.Null(evidence.Longitude);
        Assert.Equal(DataClassification.Public, ReportFieldClassification.Of(ReportField.ApproximateLocation));
    }
}
