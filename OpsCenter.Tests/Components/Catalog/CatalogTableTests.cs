using Bunit;
using MudBlazor;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Security;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Features.Catalog;

namespace OpsCenter.Tests.Components.Catalog;

/// <summary>The catalog grid asks for the most urgent datasets first, sorts by the header clicked, and follows the page's filters.</summary>
public sealed class CatalogTableTests : ComponentTest
{
    private readonly List<(CatalogFilter Filter, PageRequest Page)> _asked = [];

    private static readonly Agency Owner = new() { Id = 1, Code = "NSO", ProvinceCode = "19", NameTh = "สำนักงานสถิติจังหวัด", NameEn = "Provincial Statistics Office" };

    private static CatalogRow Row(int id, FreshnessState state, int versions) => new(new Dataset
    {
        Id = id, ProvinceCode = "19", Slug = $"srb-set-{id}", TitleTh = $"ชุดข้อมูล {id}", OwnerAgencyId = 1, FrequencyUnit = FrequencyUnit.Month,
        LastDataUpdateAt = new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc), Classification = DataClassification.Public,
    }, Owner, state, versions);

    private IRenderedComponent<CatalogTable> RenderGrid(CatalogFilter filter)
    {
        Render<MudPopoverProvider>();
        return Render<CatalogTable>(p => p
            .Add(c => c.Filter, filter)
            .Add(c => c.Load, (shown, page, _) =>
            {
                _asked.Add((shown, page));
                return Task.FromResult(new Paged<CatalogRow>([Row(1, FreshnessState.Overdue, 4), Row(2, FreshnessState.Current, 1)], 2));
            }));
    }

    [Fact]
    public void FirstPage_IsTheMostUrgentFirst_WithFreshnessBadges()
    {
        var grid = RenderGrid(new CatalogFilter());

        grid.WaitForAssertion(() => Assert.Equal(2, grid.FindAll("[data-testid=catalog-row]").Count));
        Assert.Equal(new PageRequest(0, PageRequest.DefaultSize, "State", true), _asked[0].Page);
        Assert.Equal(["เกินกำหนด", "เป็นปัจจุบัน"], grid.FindAll("[data-testid=freshness-badge]").Select(b => b.TextContent));
        Assert.Equal("srb-set-1", grid.FindAll("[data-testid=catalog-row]")[0].GetAttribute("data-slug"));
    }

    [Fact]
    public void ClickingTheHeaders_AsksForTheColumnsTheQueryKnows()
    {
        var grid = RenderGrid(new CatalogFilter());
        grid.WaitForAssertion(() => Assert.Single(_asked));

        ClickHeader(grid, "ฉบับ");
        grid.WaitForAssertion(() => Assert.Equal("Versions", _asked[^1].Page.Sort));
        ClickHeader(grid, "หน่วยงานเจ้าของ");
        grid.WaitForAssertion(() => Assert.Equal("Owner.NameTh", _asked[^1].Page.Sort));
        ClickHeader(grid, "ปรับปรุงข้อมูลล่าสุด");

        grid.WaitForAssertion(() => Assert.Equal("Dataset.LastDataUpdateAt", _asked[^1].Page.Sort));
    }

    [Fact]
    public void ANewFilter_ReadsTheFirstPageAgain_WithIt()
    {
        var grid = RenderGrid(new CatalogFilter());
        grid.WaitForAssertion(() => Assert.Single(_asked));

        grid.Render(p => p.Add(c => c.Filter, new CatalogFilter(Freshness: FreshnessState.Overdue)));

        grid.WaitForAssertion(() => Assert.Equal(FreshnessState.Overdue, _asked[^1].Filter.Freshness));
        Assert.Equal(0, _asked[^1].Page.Offset);
    }
}
