using System.Net;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Identity;

public sealed class CultureTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task HomePage_DefaultsToThai_WithBuddhistEraDate()
    {
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/");

        Assert.Contains("จังหวัดสระบุรี", html, StringComparison.Ordinal);
        Assert.Contains("ประชากร", html, StringComparison.Ordinal);
        Assert.Contains("639,165", html, StringComparison.Ordinal);
        Assert.Matches(@"25[6-9]\d", html);
        Assert.Contains("ข้อมูลสาธิต", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CultureSwitch_SetsCookie_AndPageTurnsEnglish()
    {
        using var client = app.CreateBrowserLikeClient();

        var response = await client.GetAsync("/culture/en-US?redirect=/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await client.GetStringAsync("/");

        Assert.Contains("Saraburi Province", html, StringComparison.Ordinal);
        Assert.Contains("Population", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CultureSwitch_ExternalRedirect_GoesHome()
    {
        using var client = app.CreateBrowserLikeClient();

        var response = await client.GetAsync("/culture/en-US?redirect=//evil.example");

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}
