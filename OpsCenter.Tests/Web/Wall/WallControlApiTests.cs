using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Wall;

public sealed class WallControlApiTests(WallApp app) : IClassFixture<WallApp>
{
    [Fact]
    public async Task Governor_StepsTheBudgetScreen_AndTogglesAlarmOnly()
    {
        using var client = app.CreateBrowserLikeClient();
        await client.SignInAsync("governor", OpsAppFactory.DemoPassword);

        var next = await client.PostAsJsonAsync("/api/wall/screens/complaints/control", new { command = "pause" });
        next.EnsureSuccessStatusCode();
        var paused = await next.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Paused", paused.GetProperty("mode").GetString());

        var moved = await (await client.PostAsJsonAsync("/api/wall/screens/complaints/control", new { command = "goto", slide = 1 })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, moved.GetProperty("slide").GetInt32());

        var alarms = await (await client.PostAsJsonAsync("/api/wall/screens/complaints/control", new { command = "toggle-alarm-only" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(alarms.GetProperty("alarmOnly").GetBoolean());
        await client.PostAsJsonAsync("/api/wall/screens/complaints/control", new { command = "alarm-only-off" });
    }

    [Fact]
    public async Task BadCommands_AreAnswered400_NamingTheField()
    {
        using var client = app.CreateBrowserLikeClient();
        await client.SignInAsync("official", OpsAppFactory.DemoPassword);

        var unknown = await client.PostAsJsonAsync("/api/wall/screens/governor/control", new { command = "explode" });
        var badSlide = await client.PostAsJsonAsync("/api/wall/screens/governor/control", new { command = "goto", slide = 99 });
        var noScreen = await client.PostAsJsonAsync("/api/wall/screens/nowhere/control", new { command = "next" });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.True((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("command", out _));
        Assert.True((await badSlide.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("slide", out _));
        Assert.Equal(HttpStatusCode.NotFound, noScreen.StatusCode);
    }

    [Fact]
    public async Task AgencyStaff_MayWatchButNotSteer()
    {
        using var client = app.CreateBrowserLikeClient();
        await client.SignInAsync("agency", OpsAppFactory.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/wall/governor")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/wall/screens/governor/control", new { command = "next" })).StatusCode);
    }
}
