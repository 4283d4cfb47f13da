using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Intake;

namespace OpsCenter.Tests.Domain.Reports;

public sealed class IntakeRulesTests
{
    private static readonly ReportSubmission Valid = new()
    {
        Kind = ReportKind.Complaint,
        CategoryCode = "road",
        Description = "ถนนเป็นหลุมลึกหน้าโรงเรียน",
        Latitude = 14.53,
        Longitude = 100.91,
    };

    [Fact]
    public void Validate_AGoodSubmission_HasNoErrors() => Assert.Empty(SubmissionRules.Validate(Valid));

    [Theory]
    [InlineData(91.0, 100.0, "lat")]
    [InlineData(14.0, 181.0, "long")]
    [InlineData(double.NaN, 100.0, "lat")]
    public void Validate_OutOfRangeCoordinates_NameTheField(double lat, double lon, string field)
    {
        var errors = SubmissionRules.Validate(Valid with { Latitude = lat, Longitude = lon });

        Assert.Contains(errors, e => e.Field == field);
    }

    [Fact]
    public void Validate_NoLocationAtAll_AsksForAPinOrPickers()
    {
        var errors = SubmissionRules.Validate(Valid with { Latitude = null, Longitude = null });

        Assert.Contains(errors, e => e.Field == "lat" && e.Thai.Contains("ปักหมุด", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ContactWithoutConsent_IsRefused()
    {
        Assert.Contains(SubmissionRules.Validate(Valid with { ContactPhone = "0812345678" }), e => e.Field == "consent");
        Assert.Empty(SubmissionRules.Validate(Valid with { ContactPhone = "0812345678", Consent = true }));
    }

    [Fact]
    public void Validate_TextADatabaseCannotStore_IsRefused()
    {
        foreach (var description in new[] { "bad\0text here", "lone " + (char)0xD800 + " surrogate", "reversed " + (char)0xDC00 + (char)0xD800 + " pair" })
        {
            Assert.Contains(SubmissionRules.Validate(Valid with { Description = description }), e => e.Field == "description");
        }

        Assert.True(SubmissionRules.IsStorableText("ถนนพัง 😀 มาก\nบรรทัดใหม่"));
    }

    [Fact]
    public void Validate_HugeDescription_IsRefused()
    {
        Assert.Contains(SubmissionRules.Validate(Valid with { Description = new string('ก', 4001) }), e => e.Field == "description");
    }

    [Fact]
    public void Validate_PhotoIsCheckedByItsBytes()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0];
        byte[] gif = "GIF89a..."u8.ToArray();

        Assert.Empty(SubmissionRules.Validate(Valid with { Photo = png }));
        Assert.Contains(SubmissionRules.Validate(Valid with { Photo = gif }), e => e.Field == "photo");
        Assert.Contains(SubmissionRules.Validate(Valid with { Photo = new byte[ImageFormats.MaxPhotoBytes + 1] }), e => e.Field == "photo");
    }

    [Fact]
    public void ImageFormats_RecogniseJpegAndPngOnly()
    {
        Assert.Equal("image/jpeg", ImageFormats.Detect([0xFF, 0xD8, 0xFF, 0xE0]));
        Assert.Equal("image/png", ImageFormats.Detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]));
        Assert.Null(ImageFormats.Detect("%PDF-1.7"u8));
        Assert.Null(ImageFormats.Detect([]));
    }

    [Fact]
    public void ContactMask_HidesAllButWhatConfirmsIt()
    {
        Assert.Equal("•••-•••-•678", ContactMask.Phone("081-234-5678"));
        Assert.Equal("s•••@example.com", ContactMask.Email("somchai@example.com"));
        Assert.Equal("ส•••• ใ•••", ContactMask.Name("สมชาย ใจดี"));
        Assert.DoesNotContain("5678", ContactMask.Phone("0812345678")!, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateRule_SameCategoryOpenAndNear_NearestFirst()
    {
        var now = new DateTime(2026, 11, 21, 3, 0, 0, DateTimeKind.Utc);
        var nearby = new (long, string, string, ReportStatus, double?, double?, DateTime)[]
        {
            (1, "A", "road", ReportStatus.Received, 14.5300, 100.9100, now),
            (2, "B", "road", ReportStatus.InProgress, 14.5310, 100.9100, now),
            (3, "C", "road", ReportStatus.Resolved, 14.5300, 100.9100, now),
            (4, "D", "flood", ReportStatus.Received, 14.5300, 100.9100, now),
            (5, "E", "road", ReportStatus.Received, 14.5400, 100.9100, now),
        };

        var candidates = DuplicateRule.Candidates(14.5301, 100.9100, "road", selfId: null, nearby, radiusMeters: 250);

        Assert.Equal([1L, 2L], candidates.Select(c => c.Id));
        Assert.True(candidates[0].DistanceMeters < 20);
    }

    [Fact]
    public void GeoDistance_OneDegreeOfLatitude_IsAbout111Kilometres()
    {
        Assert.InRange(GeoDistance.Meters(14, 100, 15, 100), 110_000, 112_500);
    }

    [Fact]
    public void TrackingNumbers_ForExternal_IsStableAndCannotCollideWithWebNumbers()
    {
        var first = TrackingNumbers.ForExternal("SRB", ReportChannel.Traffy, "2023-FCX4QQ");

        Assert.Equal(first, TrackingNumbers.ForExternal("SRB", ReportChannel.Traffy, "2023-FCX4QQ"));
        Assert.NotEqual(first, TrackingNumbers.ForExternal("SRB", ReportChannel.Traffy, "2023-FCX4QR"));
        Assert.Matches("^SRB-T[2-9A-Z]{5}-[2-9A-Z]{5}$", first);
        Assert.DoesNotMatch("^SRB-T[2-9A-Z]{5}-[2-9A-Z]{5}$", TrackingNumbers.New("SRB", new Random(1)));
        Assert.True(TrackingNumbers.LooksValid(first));
    }
}
