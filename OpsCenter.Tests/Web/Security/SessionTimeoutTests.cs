using System.Net;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Security;

public sealed class SessionTimeoutTests(ClockedSecurityApp app) : IClassFixture<ClockedSecurityApp>
{
    [Fact]
    public async Task Session_UnusedPastTheIdleTimeout_IsSignedOut()
    {
        using var client = app.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("official", OpsAppFactory.DemoPassword)).StatusCode);

        app.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);

        await AssertSignedOutAfterAsync(client, TimeSpan.FromMinutes(31));
    }

    [Fact]
    public async Task Session_InUseThroughout_EndsAtTheAbsoluteLifetime()
    {
        using var client = app.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("governor", OpsAppFactory.DemoPassword)).StatusCode);

        await StayActiveAsync(client, TimeSpan.FromMinutes(100));

        await AssertSignedOutAfterAsync(client, TimeSpan.FromMinutes(25));
    }

    [Fact]
    public async Task NationalOffice_OpeningAProvince_DoesNotExtendTheAbsoluteLifetime()
    {
        var name = await SecurityApps.CreateUserAsync(app.Services, OpsCenter.Domain.Common.OpsRoles.National, province: "00");
        using var client = app.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(name, OpsAppFactory.DemoPassword)).StatusCode);
        await StayActiveAsync(client, TimeSpan.FromMinutes(100));

        // 100 minutes in: opening a province re-issues the sign-in cookie.
        var token = System.Text.RegularExpressions.Regex.Match(await client.GetStringAsync("/national"), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var opened = await client.PostAsync("/national/open", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["province"] = "19",
        }));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Contains(opened.Headers.GetValues("Set-Cookie"), c => c.StartsWith("opscenter.auth=", StringComparison.Ordinal));

        await AssertSignedOutAfterAsync(client, TimeSpan.FromMinutes(25));
    }

    [Fact]
    public async Task DisabledUser_CannotSignIn()
    {
        var name = await SecurityApps.CreateUserAsync(app.Services, OpsCenter.Domain.Common.OpsRoles.Official);
        await SecurityApps.ChangeUserAsync(app.Services, name, async (users, user) =>
        {
            user.IsDisabled = true;
            await users.UpdateAsync(user);
        });
        using var client = app.CreateBrowserLikeClient();

        var response = await client.SignInAsync(name, OpsAppFactory.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);
    }

    /// <summary>A request every 25 minutes, within the idle timeout, for <paramref name="span"/>.</summary>
    private async Task StayActiveAsync(HttpClient client, TimeSpan span)
    {
        for (var elapsed = TimeSpan.Zero; elapsed < span; elapsed += TimeSpan.FromMinutes(25))
        {
            app.Clock.Advance(TimeSpan.FromMinutes(25));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
        }
    }

    private async Task AssertSignedOutAfterAsync(HttpClient client, TimeSpan wait)
    {
        app.Clock.Advance(wait);
        var response = await client.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
