using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Wall;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Wall;

public sealed class ScreenTokenAccessTests(WallApp app) : IClassFixture<WallApp>
{
    [Fact]
    public async Task ScreenToken_OpensTheWall_AndNothingElse()
    {
        var token = await app.IssueTokenAsync();
        using var client = app.CreateBrowserLikeClient();

        var connect = await client.GetAsync($"/wall/connect?token={Uri.EscapeDataString(token.Secret)}");
        Assert.Equal(HttpStatusCode.Redirect, connect.StatusCode);
        Assert.Equal("/wall/governor", connect.Headers.Location!.OriginalString);
        var cookie = Assert.Single(connect.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);

        var wall = await client.GetAsync("/wall/governor");
        Assert.Equal(HttpStatusCode.OK, wall.StatusCode);
        var html = await wall.Content.ReadAsStringAsync();
        Assert.Contains("ผู้ว่าฯ ภาพรวม", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/wall")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/hubs/ops/negotiate?negotiateVersion=1", null)).StatusCode);

        foreach (var path in new[] { "/account", "/admin/wall", "/wall/governor/remote" })
        {
            var denied = await client.GetAsync(path);
            Assert.True(denied.StatusCode == HttpStatusCode.Redirect && denied.Headers.Location!.OriginalString.StartsWith("/forbidden", StringComparison.Ordinal),
                $"{path} answered {(int)denied.StatusCode} {denied.Headers.Location}");
        }

        var control = await client.PostAsJsonAsync("/api/wall/screens/governor/control", new { command = "next" });
        Assert.Equal(HttpStatusCode.Forbidden, control.StatusCode);
    }

    [Fact]
    public async Task WallPage_CarriesNoCitizenText()
    {
        var token = await app.IssueTokenAsync();
        using var client = app.CreateBrowserLikeClient();
        await client.GetAsync($"/wall/connect?token={Uri.EscapeDataString(token.Secret)}");

        var html = await client.GetStringAsync("/wall/complaints");

        Assert.Contains("SRB-", html, StringComparison.Ordinal);
        foreach (var description in new[] { "ถนนเป็นหลุมเป็นบ่อ", "น้ำประปาไม่ไหล", "ขยะไม่มีการเก็บ", "สุนัขจรจัดไล่กัด" })
        {
            Assert.DoesNotContain(description, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RevokedToken_IsTurnedAway_WithAPageThatSaysSo()
    {
        var token = await app.IssueTokenAsync();
        using var client = app.CreateBrowserLikeClient();
        await client.GetAsync($"/wall/connect?token={Uri.EscapeDataString(token.Secret)}");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/wall/governor")).StatusCode);

        await app.Services.GetRequiredService<ScreenTokens>().RevokeAsync(token.Token.Id, Actor.Staff("admin-1", "ผู้ดูแลระบบ", TestReports.Saraburi, null, OpsRoles.Admin));

        var turnedAway = await client.GetAsync("/wall/governor");
        Assert.Equal(HttpStatusCode.Redirect, turnedAway.StatusCode);
        Assert.Equal("/wall/token?error=invalid", turnedAway.Headers.Location!.OriginalString);
        Assert.Contains("รหัสจอไม่ถูกต้องหรือถูกยกเลิกแล้ว", await client.GetStringAsync("/wall/token?error=invalid"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ops_scr_made-up-token-that-was-never-issued")]
    public async Task BadToken_AtConnect_GoesBackToTheTokenPage(string secret)
    {
        using var client = app.CreateBrowserLikeClient();

        var connect = await client.GetAsync($"/wall/connect?token={secret}");

        Assert.Equal("/wall/token?error=invalid", connect.Headers.Location!.OriginalString);
        Assert.False(connect.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Anonymous_WallScreen_AsksToSignIn()
    {
        using var client = app.CreateBrowserLikeClient();

        var response = await client.GetAsync("/wall/governor");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/hubs/ops/negotiate?negotiateVersion=1", null)).StatusCode);
    }
}
