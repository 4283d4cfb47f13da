using System.Text;
using OpsCenter.Domain.Notifications;

namespace OpsCenter.Tests.Domain.Notifications;

public sealed class LineLinkCodesTests
{
    private const string Secret = "8c570fa6dd201bb328f1c1eac23a96d8";
    private static readonly byte[] VerifyBody = Encoding.UTF8.GetBytes("""{"destination":"Uf0a1b2c3d4e5f60718293a4b5c6d7e8f","events":[]}""");

    [Fact]
    public void Signature_IsBase64HmacSha256OfTheRawBody_WithTheChannelSecret()
    {
        // Worked out apart from this code (Python's hmac), as LINE's own SDKs compute it.
        const string expected = "Ez++i4Coj0q0d85vPdr/Al3hMuh6LzStz9AwnbLR4Ro=";

        Assert.Equal(expected, LineLinkCodes.Sign(VerifyBody, Secret));
        Assert.True(LineLinkCodes.SignatureIsValid(VerifyBody, expected, Secret));
        Assert.False(LineLinkCodes.SignatureIsValid(VerifyBody, expected, "another-secret"));
        Assert.False(LineLinkCodes.SignatureIsValid([.. VerifyBody, (byte)' '], expected, Secret));
        Assert.False(LineLinkCodes.SignatureIsValid(VerifyBody, null, Secret));
        Assert.False(LineLinkCodes.SignatureIsValid(VerifyBody, "not base64!", Secret));
        Assert.False(LineLinkCodes.SignatureIsValid(VerifyBody, Convert.ToBase64String(new byte[16]), Secret));
    }

    [Fact]
    public void Codes_AreReadableAndDifferent_AndWhatPeopleTypeIsNormalisedToTheirLetters()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => LineLinkCodes.NewCode()).ToList();

        Assert.All(codes, c => Assert.Matches("^OPS-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$", c));
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("7KQ4M9XP", LineLinkCodes.Normalise("OPS-7KQ4-M9XP"));
        Assert.Equal("7KQ4M9XP", LineLinkCodes.Normalise("  ops 7kq4 m9xp\n"));
        Assert.Equal("7KQ4M9XP", LineLinkCodes.Normalise("7KQ4-M9XP"));
        Assert.Null(LineLinkCodes.Normalise("สวัสดีครับ"));
        Assert.Null(LineLinkCodes.Normalise("OPS-7KQ4-M9X"));
        Assert.Null(LineLinkCodes.Normalise("OPS-0KQ4-M9XP"));
        Assert.Null(LineLinkCodes.Normalise(null));
        Assert.Null(LineLinkCodes.Normalise(new string('A', 65)));
    }
}
