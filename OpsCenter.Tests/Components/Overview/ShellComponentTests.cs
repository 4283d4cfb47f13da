using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Audit;
using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Components.Layout;

namespace OpsCenter.Tests.Components.Overview;

/// <summary>The menu and the account button: what each visitor is offered follows the feature rules, not the page.</summary>
public sealed class ShellComponentTests : ComponentTest
{
    [Fact]
    public void AnAnonymousVisitor_IsOfferedThePublicPagesOnly()
    {
        AddAuthorization();

        var menu = Render<NavMenu>();

        var paths = menu.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        var expected = NavLinks.Items.Where(l => l.IsPublic).Select(l => (string?)l.Path).Prepend("/").ToList();
        Assert.Equal(expected, paths);
    }

    [Fact]
    public void AnOfficial_IsOfferedThePagesTheirRulesAdmit_AndNoOthers()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("official");
        auth.SetPolicies(ReportPolicy.Queue);

        var menu = Render<NavMenu>();

        var paths = menu.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/reports", paths);
        Assert.DoesNotContain("/reports/import", paths);
        Assert.DoesNotContain(NavLinks.Items.Single(l => l.Rule == AuditPolicy.Read).Path, paths);
    }

    [Fact]
    public void EveryMenuLink_HasAnSvgIcon_NotAGlyphFromAFont()
    {
        AddAuthorization();

        var menu = Render<NavMenu>();

        Assert.All(menu.FindAll("a"), a => Assert.NotNull(a.QuerySelector("svg")));
    }

    [Fact]
    public void AnAnonymousVisitor_IsOfferedSignIn()
    {
        AddAuthorization();

        var account = Render<UserMenu>();

        Assert.Equal("/login", account.Find("[data-testid=sign-in]").GetAttribute("href"));
        Assert.Empty(account.FindAll("[data-testid=sign-out]"));
    }

    [Fact]
    public void TheLanguageSwitch_ComesBackToTheSamePage_WithItsQuery()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/map?district=1903");

        var link = Render<LanguageSwitch>().Find("a");

        Assert.Equal("/culture/en-US?redirect=%2Fmap%3Fdistrict%3D1903", link.GetAttribute("href"));
        Assert.Equal("EN", link.TextContent.Trim());
    }
}
