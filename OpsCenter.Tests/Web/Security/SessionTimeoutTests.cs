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

        app.Clock.Advance(TimeSpan.FromMinutes(31));
        var response = await client.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_InUseThroughout_EndsAtTheAbsoluteLifetime()
    {
        using var client = app.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("governor", OpsAppFactory.DemoPassword)).StatusCode);

        for (var step = 0; step < 4; step++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(25));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
        }

        app.Clock.Advance(TimeSpan.FromMinutes(25));
        var response = await client.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NationalOffice_OpeningAProvince_DoesNotExtendTheAbsoluteLifetime()
    {
        var name = await SecurityApps.CreateUserAsync(app.Services, OpsCenter.Domain.Identity.OpsRoles.National, province: "00");
        using var client = app.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(name, OpsAppFactory.DemoPassword)).StatusCode);
        for (var step = 0; step < 4; step++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(25));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
        }

        // 100 minutes in: opening a province re-issues the sign-in cookie.
        var token = System.Text.RegularExpressions.Regex.Match(await client.GetStringAsync("/national"), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var opened = await client.PostAsync("/national/open", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["province"] = "19",
        }));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Contains(opened.Headers.GetValues("Set-Cookie"), c => c.StartsWith("opscenter.auth=", StringComparison.Ordinal));

        app.Clock.Advance(TimeSpan.FromMinutes(25));
        var response = await client.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisabledUser_CannotSignIn()
    {
        var name = await SecurityApps.CreateUserAsync(app.Services, OpsCenter.Domain.Identity.OpsRoles.Official);
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
}
