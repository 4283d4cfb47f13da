using Bunit;
using MudBlazor;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Queries;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Features.Reports.Queue;

namespace OpsCenter.Tests.Components.Reports;

/// <summary>The queue table asks the database for each page, sorted by the header clicked; it shows what is late and what may be a duplicate.</summary>
public sealed class QueueTableTests : ComponentTest
{
    private static readonly DateTime Now = new(2026, 12, 5, 12, 0, 0, DateTimeKind.Utc);

    private static readonly ProvinceReportSetup Setup = new("19", "สระบุรี", "Saraburi", "SRB", 1,
        new Dictionary<int, AgencyName> { [1] = new(1, "PO", "สำนักงานจังหวัดสระบุรี", "Saraburi Provincial Office", AgencyKind.ProvincialOffice) },
        new Dictionary<string, int>(), [],
        new Dictionary<string, AreaName> { ["1901"] = new("1901", "เมืองสระบุรี", "Mueang Saraburi", "19") });

    private static readonly Dictionary<string, ReportCategory> Categories = new()
    {
        ["road"] = new ReportCategory { Code = "road", NameTh = "ถนน", NameEn = "Roads", Sector = "infrastructure", SlaHours = 72 },
    };

    private readonly List<PageRequest> _asked = [];
    private readonly HashSet<long> _selected = [];

    private static QueueRow Row(long id, DateTime? due, long? duplicateOf = null) =>
        new(id, $"SRB-{id:0000}", ReportKind.Complaint, "road", ReportStatus.Assigned, ReportChannel.Web, "1901", null, 1, null,
            Now.AddDays(-3), due, 1, duplicateOf, EscalationLevel.None);

    private IRenderedComponent<QueueTable> RenderTable(int total = 2)
    {
        Render<MudPopoverProvider>();
        return Render<QueueTable>(p => p
            .Add(c => c.Load, (page, _) =>
            {
                _asked.Add(page);
                return Task.FromResult(new Paged<QueueRow>([Row(1, Now.AddHours(-1)), Row(2, Now.AddDays(2), duplicateOf: 1)], total));
            })
            .Add(c => c.Setup, Setup)
            .Add(c => c.Categories, Categories)
            .Add(c => c.Selected, _selected)
            .Add(c => c.Now, Now));
    }

    [Fact]
    public void FirstPage_IsTheNewestFifty_AskedOfTheDatabase()
    {
        var table = RenderTable();

        table.WaitForAssertion(() => Assert.Equal(2, table.FindAll("[data-testid=queue-row]").Count));
        Assert.Equal(new PageRequest(0, QueueTable.PageSize, nameof(QueueRow.ReceivedAt), true), _asked[0]);
    }

    [Fact]
    public void ALateReport_IsMarked_AndAPossibleDuplicateSaysSo()
    {
        var table = RenderTable();
        table.WaitForAssertion(() => Assert.Equal(2, table.FindAll("tr.overdue").Count + table.FindAll("tr:not(.overdue) [data-testid=queue-row]").Count));

        var rows = table.FindAll("tbody tr");
        Assert.Contains("overdue", rows[0].ClassName ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("overdue", rows[1].ClassName ?? "", StringComparison.Ordinal);
        Assert.Empty(rows[0].QuerySelectorAll(".dup"));
        Assert.Equal("อาจซ้ำกับเรื่องอื่น", rows[1].QuerySelector(".dup")!.GetAttribute("title"));
        Assert.Contains("เมืองสระบุรี", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("ถนน", rows[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ClickingDue_AsksTheDatabaseForTheEarliestDueFirst_ThenTheLatest()
    {
        var table = RenderTable();
        table.WaitForAssertion(() => Assert.Single(_asked));

        ClickHeader(table, "กำหนด");
        table.WaitForAssertion(() => Assert.Equal(new PageRequest(0, QueueTable.PageSize, nameof(QueueRow.DueAt), false), _asked[^1]));
        ClickHeader(table, "กำหนด");

        table.WaitForAssertion(() => Assert.Equal(new PageRequest(0, QueueTable.PageSize, nameof(QueueRow.DueAt), true), _asked[^1]));
        Assert.Equal("descending", table.FindAll("th").Single(h => h.TextContent.Contains("กำหนด", StringComparison.Ordinal)).GetAttribute("aria-sort"));
    }

    [Fact]
    public void NextPage_AsksForTheNextFiftyWithTheSameSort()
    {
        var table = RenderTable(total: 120);
        table.WaitForAssertion(() => Assert.Single(_asked));

        table.Find("button[aria-label='Next page']").Click();

        table.WaitForAssertion(() => Assert.Equal(new PageRequest(QueueTable.PageSize, QueueTable.PageSize, nameof(QueueRow.ReceivedAt), true), _asked[^1]));
        Assert.Contains("51–100 จาก 120", table.Markup, StringComparison.Ordinal);
    }

    /// <summary>On a phone the header row is hidden; the sort select lists the sortable columns by their titles, never a component's type name.</summary>
    [Fact]
    public void PhoneSort_OffersTheSortableColumnsByTitle_AndSortsTheGrid()
    {
        var table = RenderTable();
        table.WaitForAssertion(() => Assert.NotEmpty(table.FindAll("[data-testid=grid-sort] option")));

        var options = table.FindAll("[data-testid=grid-sort] option").Select(o => o.TextContent).ToList();
        Assert.Contains("กำหนด · มากไปน้อย", options);
        Assert.Contains("รับเรื่อง · มากไปน้อย", options);
        Assert.DoesNotContain(options, o => o.Contains("เลขติดตาม", StringComparison.Ordinal) || o.Contains("Column", StringComparison.Ordinal) || o.Contains("MudBlazor", StringComparison.Ordinal));
        Assert.Equal("ReceivedAt desc", table.Find("[data-testid=grid-sort] option[selected]").GetAttribute("value"));

        table.Find("[data-testid=grid-sort]").Change("ReporterCount desc");

        table.WaitForAssertion(() => Assert.Equal(new PageRequest(0, QueueTable.PageSize, nameof(QueueRow.ReporterCount), true), _asked[^1]));
    }

    [Fact]
    public void InEnglish_TheColumnTitlesAreEnglish()
    {
        InEnglish();
        var table = RenderTable();
        table.WaitForAssertion(() => Assert.Equal(2, table.FindAll("[data-testid=queue-row]").Count));

        var titles = table.FindAll("th").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Due", titles);
        Assert.Contains("Tracking no.", titles);
        Assert.DoesNotContain("กำหนด", titles);
    }

    [Fact]
    public void SelectAll_SelectsThisPagesReports()
    {
        var table = RenderTable();
        table.WaitForAssertion(() => Assert.Equal(2, table.FindAll("[data-testid=select-row]").Count));

        table.Find("[data-testid=select-all]").Change(true);

        Assert.Equal([1L, 2L], _selected.Order());
    }
}
