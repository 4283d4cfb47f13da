using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Shared;

namespace OpsCenter.Tests.Components.Overview;

/// <summary>Every detail page says where it sits, in the page's language, and every step of the way is a link.</summary>
public sealed class PageCrumbsTests : ComponentTest
{
    private IRenderedComponent<PageCrumbs> RenderCrumbs()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/catalog/road-repairs");
        return Render<PageCrumbs>(p => p
            .Add(c => c.Trail, [("บัญชีข้อมูล", "Data catalog", "/catalog")])
            .Add(c => c.Current, "road-repairs"));
    }

    private static List<(string Text, string? Href)> Links(IRenderedComponent<PageCrumbs> crumbs) =>
        crumbs.FindAll("[data-testid=breadcrumbs] li.mud-breadcrumb-item").Select(li => (li.TextContent.Trim(), li.QuerySelector("a")?.GetAttribute("href"))).ToList();

    [Fact]
    public void ADetailPage_ShowsHomeItsListAndItself_InThai_EachALink() =>
        Assert.Equal([("หน้าหลัก", "/"), ("บัญชีข้อมูล", "/catalog"), ("road-repairs", "/catalog/road-repairs")], Links(RenderCrumbs()));

    [Fact]
    public void InEnglish_TheCrumbsAreEnglish()
    {
        InEnglish();

        Assert.Equal(["Home", "Data catalog", "road-repairs"], Links(RenderCrumbs()).Select(l => l.Text));
    }
}
