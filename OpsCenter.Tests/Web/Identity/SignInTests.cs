using System.Net;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Identity;

public sealed class SignInTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task ProtectedPage_Anonymous_RedirectsToLogin()
    {
        using var client = app.CreateBrowserLikeClient();

        var response = await client.GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("ReturnUrl=%2Faccount", response.Headers.Location.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginPage_HasAutocompleteHints()
    {
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/login");

        Assert.Contains("autocomplete=\"username\"", html, StringComparison.Ordinal);
        Assert.Contains("autocomplete=\"current-password\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginPage_WorksWithoutScript_ItsInputsCarryTheNamesTheFormBindsFrom()
    {
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/login");

        Assert.Matches("<input[^>]*name=\"Input.UserName\"[^>]*id=\"username\"|<input[^>]*id=\"username\"[^>]*name=\"Input.UserName\"", html);
        Assert.Matches("<input[^>]*name=\"Input.Password\"[^>]*id=\"password\"|<input[^>]*id=\"password\"[^>]*name=\"Input.Password\"", html);
    }

    [Fact]
    public async Task EmptySignIn_ShowsThaiMessagesUnderBothFields_AndKeepsTheUserName()
    {
        using var client = app.CreateBrowserLikeClient();

        var response = await client.SignInAsync("   ", "");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("id=\"error-username\"[^>]*>\\s*กรุณากรอกชื่อผู้ใช้", html);
        Assert.Matches("id=\"error-password\"[^>]*>\\s*กรุณากรอกรหัสผ่าน", html);
        Assert.DoesNotContain("login-error", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingPassword_KeepsWhatWasTyped_AndNeverEchoesAPassword()
    {
        using var client = app.CreateBrowserLikeClient();

        var response = await client.SignInAsync("governor", "");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches("<input[^>]*value=\"governor\"", html);
        Assert.Matches("id=\"error-password\"[^>]*>\\s*กรุณากรอกรหัสผ่าน", html);
        Assert.DoesNotMatch("id=\"error-username\"", html);
    }

    [Theory]
    [InlineData("governor", "ผู้ว่าราชการจังหวัด")]
    [InlineData("steward", "ผู้ดูแลข้อมูล")]
    public async Task DemoAccount_SignsIn_AndSeesProtectedPage(string userName, string expectedText)
    {
        using var client = app.CreateBrowserLikeClient();

        var signIn = await client.SignInAsync(userName, OpsAppFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var page = await client.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(expectedText, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongPassword_ShowsThaiMessage_AndNoCookie()
    {
        using var client = app.CreateBrowserLikeClient();

        var response = await client.SignInAsync("official", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task LoginReturnUrl_ToAnotherSite_IsIgnored()
    {
        using var client = app.CreateBrowserLikeClient();
        var form = await client.GetStringAsync("/login?ReturnUrl=//evil.example/");
        Assert.DoesNotContain("evil.example\"", form, StringComparison.Ordinal);

        var response = await client.SignInAsync("deputy", OpsAppFactory.DemoPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.True(!location.IsAbsoluteUri || location.Host == "localhost", $"redirected off-site to {location}");
        Assert.Equal("/", location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString);
    }
}

public sealed class PostgresSignInTests
{
    [PostgresFact]
    public async Task DemoAccount_SignsIn_OnPostgres()
    {
        await using var app = new OpsAppFactory(DatabaseProvider.Postgres);
        await app.InitializeAsync();
        using var client = app.CreateBrowserLikeClient();

        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("admin", OpsAppFactory.DemoPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
    }
}
