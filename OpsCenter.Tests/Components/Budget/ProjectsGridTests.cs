using Bunit;
using MudBlazor;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Features.Budget;

namespace OpsCenter.Tests.Components.Budget;

/// <summary>The project grid pages and sorts through its query, and starts again from the first page when the page's filter changes.</summary>
public sealed class ProjectsGridTests : ComponentTest
{
    private readonly List<(ProjectFilter Filter, PageRequest Page)> _asked = [];

    private static ProjectRow Row(int id, long approvedBaht, int evidence) =>
        new(id, $"SRB-{id:000}", $"โครงการ {id}", null, "infrastructure", ProjectStatus.Approved, 2570, "1901", "เมืองสระบุรี", "Mueang Saraburi",
            1, "สำนักงานจังหวัด", "Provincial Office", Money.FromBaht(approvedBaht * 2), Money.FromBaht(approvedBaht), Money.Zero, evidence);

    private IRenderedComponent<ProjectsGrid> RenderGrid(ProjectFilter filter)
    {
        Render<MudPopoverProvider>();
        return Render<ProjectsGrid>(p => p
            .Add(c => c.Filter, filter)
            .Add(c => c.Load, (shown, page, _) =>
            {
                _asked.Add((shown, page));
                return Task.FromResult(new Paged<ProjectRow>([Row(1, 500_000, 0), Row(2, 120_000, 3)], 40));
            }));
    }

    [Fact]
    public void FirstPage_IsNewestFiscalYearFirst_AndAProjectWithoutEvidenceSaysSo()
    {
        var grid = RenderGrid(new ProjectFilter());

        grid.WaitForAssertion(() => Assert.Equal(2, grid.FindAll("[data-testid=project-row]").Count));
        Assert.Equal(new PageRequest(0, PageRequest.DefaultSize, nameof(ProjectRow.FiscalYear), true), _asked[0].Page);
        Assert.Equal("ไม่มี", grid.Find(".budget-badge.warn").TextContent);
        Assert.Equal("/budget/projects/1", grid.FindAll("[data-testid=project-row]")[0].GetAttribute("href"));
    }

    [Fact]
    public void ClickingApproved_SortsByMoneyInTheDatabase()
    {
        var grid = RenderGrid(new ProjectFilter());
        grid.WaitForAssertion(() => Assert.Single(_asked));

        ClickHeader(grid, "อนุมัติ");

        grid.WaitForAssertion(() => Assert.Equal(nameof(ProjectRow.Approved), _asked[^1].Page.Sort));
    }

    [Fact]
    public void ANewFilter_ReadsTheFirstPageAgain_WithIt()
    {
        var grid = RenderGrid(new ProjectFilter());
        grid.WaitForAssertion(() => Assert.Single(_asked));
        grid.Find("button[aria-label='Next page']").Click();
        grid.WaitForAssertion(() => Assert.Equal(PageRequest.DefaultSize, _asked[^1].Page.Offset));

        grid.Render(p => p.Add(c => c.Filter, new ProjectFilter(Sector: "health")));

        grid.WaitForAssertion(() => Assert.Equal(("health", 0), (_asked[^1].Filter.Sector, _asked[^1].Page.Offset)));
    }
}
