using System.Net;
using System.Text.RegularExpressions;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Domain.Help;

namespace OpsCenter.Tests.Web.Help;

/// <summary>The help pages as anyone gets them, signed in or not: every role's guide, its pictures, and the printable whole.</summary>
public sealed partial class HelpPagesTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    public static TheoryData<string> Roles => new(HelpGuides.All.Select(g => g.Role));

    [Fact]
    public async Task Index_ListsEveryRolesGuide_WithoutSigningIn()
    {
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/help");

        Assert.All(HelpGuides.All, g => Assert.Contains($"href=\"{g.Path}\"", html, StringComparison.Ordinal));
        Assert.All(HelpGuides.All, g => Assert.Contains(g.Title.Th, html, StringComparison.Ordinal));
        Assert.Contains("href=\"/help/print\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task RolePage_ShowsEveryStep_AndItsPicturesAreServed(string role)
    {
        var guide = HelpGuides.Find(role)!;
        using var client = app.CreateClient();

        var html = await client.GetStringAsync(guide.Path);

        Assert.All(guide.Steps, s => Assert.Contains($"id=\"{s.Id}\"", html, StringComparison.Ordinal));
        Assert.All(guide.Steps, s => Assert.Contains(s.Title.Th, html, StringComparison.Ordinal));
        var pictures = Picture().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(guide.Steps.Where(s => !s.IsTextOnly).Select(s => "/" + guide.ImageOf(s)), pictures);
        foreach (var picture in pictures)
        {
            var response = await client.GetAsync(picture);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{picture}: {response.StatusCode}");
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task RolePage_InEnglish_AfterTheLanguageSwitch()
    {
        var guide = HelpGuides.All[0];
        using var client = app.CreateBrowserLikeClient();

        await client.GetAsync("/culture/en-US?redirect=/");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(guide.Path));

        Assert.Contains(guide.Title.En, html, StringComparison.Ordinal);
        Assert.All(guide.Steps, s => Assert.Contains(s.Title.En, html, StringComparison.Ordinal));
        Assert.DoesNotContain(guide.Title.Th, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RolePage_OfNoSuchRole_SaysSo()
    {
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/help/nobody");

        Assert.Contains("data-testid=\"help-missing\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintPage_HoldsEveryRoleAndEveryPicture_WithoutTheMenu()
    {
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/help/print");

        var sections = RoleSection().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(HelpGuides.All.Select(g => g.Role), sections);
        Assert.Equal(HelpGuides.All.Sum(g => g.Steps.Count(s => !s.IsTextOnly)), Picture().Matches(html).Count);
        Assert.DoesNotContain("data-testid=\"nav-menu\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("loading=\"lazy\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeaderHelpButton_LeadsToThePagesOwnStep()
    {
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/report");

        Assert.Matches("<a[^>]*href=\"/help/citizen#report-what\"[^>]*data-testid=\"help-button\"|data-testid=\"help-button\"[^>]*href=\"/help/citizen#report-what\"", html);
    }

    [GeneratedRegex("<img[^>]*src=\"(/help/img/[^\"]+)\"")]
    private static partial Regex Picture();

    [GeneratedRegex("data-testid=\"help-guide\" data-role=\"([^\"]+)\"")]
    private static partial Regex RoleSection();
}
