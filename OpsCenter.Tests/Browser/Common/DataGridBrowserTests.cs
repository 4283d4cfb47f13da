using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpsCenter.Domain.Audit;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Browser.Common;

/// <summary>
/// The five server-paged grids as a person sees them on a phone and at a desk: rows shown, a sort that reorders them
/// (a header click at a desk, the sort select on a phone, where the header row is hidden), the next page, and nothing
/// wider than a 390 px screen. Figures come from the page itself, never from constants.
/// </summary>
public sealed class DataGridBrowserTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    public static TheoryData<string> Sizes => new() { Display.Phone.Name, Display.Desk.Name };

    private static Display Size(string name) => name == Display.Phone.Name ? Display.Phone : Display.Desk;

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task ReportQueue_SortsByCitizens_AndTurnsThePage(string size)
    {
        var screen = Size(size);
        await using var context = await Chromium.NewContextAsync(app.ServerAddress, screen);
        var page = await OpenAsync(context, "official", "/reports?open=0");
        var grid = page.GetByTestId("queue-table");
        await Assertions.Expect(page.GetByTestId("queue-row").First).ToBeVisibleAsync(new() { Timeout = 45_000 });

        await SortAsync(page, grid, screen, "ผู้แจ้ง", "ReporterCount desc", descending: true);
        var counts = await NumbersAsync(grid, "ผู้แจ้ง");
        Assert.Equal(counts.OrderDescending(), counts);
        await AssertTurnsThePageAsync(grid, "เลขติดตาม");
        await AssertFitsAsync(page, grid, screen, "report-queue");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Projects_SortByApprovedMoney_AndTurnThePage(string size)
    {
        var screen = Size(size);
        await using var context = await Chromium.NewContextAsync(app.ServerAddress, screen);
        var page = await OpenAsync(context, "official", "/budget/projects");
        var grid = page.GetByTestId("project-table");
        await Assertions.Expect(page.GetByTestId("project-row").First).ToBeVisibleAsync(new() { Timeout = 45_000 });

        await SortAsync(page, grid, screen, "อนุมัติ", "Approved asc", descending: false);
        var approved = (await page.Locator("[data-testid=project-approved]").EvaluateAllAsync<string[]>("all => all.map(e => e.dataset.satang)"))
            .Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(approved.Order(), approved);
        await Assertions.Expect(page.GetByTestId("project-totals")).ToContainTextAsync("โครงการ");
        await AssertTurnsThePageAsync(grid, "รหัส");
        await AssertFitsAsync(page, grid, screen, "budget-projects");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Catalog_SortsByVersions_AndTurnsThePageOfTen(string size)
    {
        var screen = Size(size);
        await using var context = await Chromium.NewContextAsync(app.ServerAddress, screen);
        var page = await OpenAsync(context, null, "/catalog");
        var grid = page.GetByTestId("catalog-table");
        await Assertions.Expect(page.GetByTestId("catalog-row").First).ToBeVisibleAsync(new() { Timeout = 45_000 });

        await SortAsync(page, grid, screen, "ฉบับ", "Versions desc", descending: true);
        var versions = await NumbersAsync(grid, "ฉบับ");
        Assert.Equal(versions.OrderDescending(), versions);
        await ShowTenRowsAsync(page, grid);
        await AssertTurnsThePageAsync(grid, "ชุดข้อมูล");
        await AssertFitsAsync(page, grid, screen, "catalog");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Users_SortByUserNameBothWays_AndTurnThePageOfTen(string size)
    {
        var screen = Size(size);
        await using var context = await Chromium.NewContextAsync(app.ServerAddress, screen);
        var page = await OpenAsync(context, "admin", "/admin/users");
        var grid = page.GetByTestId("users-table");
        await Assertions.Expect(page.GetByTestId("user-row").First).ToBeVisibleAsync(new() { Timeout = 45_000 });
        var ascending = await page.GetByTestId("user-row").AllInnerTextsAsync();

        await SortAsync(page, grid, screen, "ชื่อผู้ใช้", "UserName desc", descending: true);

        var descending = await page.GetByTestId("user-row").AllInnerTextsAsync();
        Assert.Equal(ascending.Reverse(), descending);
        await ShowTenRowsAsync(page, grid);
        await AssertTurnsThePageAsync(grid, "ชื่อผู้ใช้");
        await AssertFitsAsync(page, grid, screen, "admin-users");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task AuditLog_SortsByUser_AndTurnsThePageOfTen(string size)
    {
        var someone = "grid-" + size;
        var log = app.Services.GetRequiredService<IAuditLog>();
        for (var i = 0; i < 12; i++)
        {
            await log.AppendAsync(new AuditActor(null, $"{someone}-{i:00}"), AuditActions.ReportsExported, "report", i.ToString(CultureInfo.InvariantCulture), "19");
        }

        var screen = Size(size);
        await using var context = await Chromium.NewContextAsync(app.ServerAddress, screen);
        var page = await OpenAsync(context, "admin", "/admin/audit");
        var grid = page.GetByTestId("audit-table");
        await Assertions.Expect(page.GetByTestId("audit-row").First).ToBeVisibleAsync(new() { Timeout = 45_000 });
        await Assertions.Expect(page.GetByTestId("audit-total")).ToContainTextAsync("รายการ");

        await SortAsync(page, grid, screen, "ผู้ใช้", "UserName asc", descending: false);
        var users = await ColumnAsync(grid, "ผู้ใช้");
        Assert.Equal(users.Order(StringComparer.Ordinal), users);
        await ShowTenRowsAsync(page, grid);
        await AssertTurnsThePageAsync(grid, "ผู้ใช้");
        await AssertFitsAsync(page, grid, screen, "admin-audit");
    }

    private static async Task<IPage> OpenAsync(IBrowserContext context, string? user, string path)
    {
        var page = await context.NewPageAsync();
        if (user is not null)
        {
            await BrowserSignIn.SignInAsync(page, user, path);
        }
        else
        {
            await page.GotoAsync(path);
        }

        await Assertions.Expect(page.Locator("[data-ops-interactive]")).ToHaveAttributeAsync("data-ops-interactive", "true", new() { Timeout = 45_000 });
        return page;
    }

    /// <summary>The texts of one column, found by its header's title, in the order the rows are shown.</summary>
    private static async Task<IReadOnlyList<string>> ColumnAsync(ILocator grid, string title) =>
        await grid.EvaluateAsync<string[]>(
            """
            (root, title) => {
              const headers = [...root.querySelectorAll('thead th')].map(th => th.textContent.trim());
              const i = headers.indexOf(title);
              return [...root.querySelectorAll('tbody tr')].filter(tr => tr.children.length === headers.length).map(tr => tr.children[i].textContent.trim());
            }
            """, title);

    private static async Task<IReadOnlyList<long>> NumbersAsync(ILocator grid, string title) =>
        (await ColumnAsync(grid, title)).Select(s => long.Parse(s, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToList();

    /// <summary>Sorts as a person at this screen can: the header at a desk, the sort select on a phone. Waits for the grid to say so.</summary>
    private static async Task SortAsync(IPage page, ILocator grid, Display screen, string title, string phoneChoice, bool descending)
    {
        var header = grid.Locator("thead th").Filter(new() { HasText = title });
        var done = grid.Locator($"thead th[aria-sort={(descending ? "descending" : "ascending")}]").Filter(new() { HasText = title });
        if (screen.IsPhone)
        {
            await Assertions.Expect(header.First).ToBeHiddenAsync();
            await page.GetByTestId("grid-sort").SelectOptionAsync(phoneChoice);
        }
        else
        {
            await Assertions.Expect(page.GetByTestId("grid-sort")).ToBeHiddenAsync();
            for (var i = 0; i < 3 && await done.CountAsync() == 0; i++)
            {
                await header.Locator(".sortable-column-header").ClickAsync();
                await page.WaitForTimeoutAsync(300);
            }
        }

        await Assertions.Expect(done).ToHaveCountAsync(1);
        await Assertions.Expect(grid.Locator(".mud-table-loading-progress")).ToHaveCountAsync(0);
    }

    private static async Task ShowTenRowsAsync(IPage page, ILocator grid)
    {
        await grid.Locator(".mud-table-pagination-select").ClickAsync();
        await page.Locator(".mud-popover-open").GetByText("10", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(grid.Locator(".mud-table-pagination-caption").Last).ToContainTextAsync("1–10 จาก");
    }

    /// <summary>The next page shows other rows and says which, from the pager's own count.</summary>
    private static async Task AssertTurnsThePageAsync(ILocator grid, string keyColumn)
    {
        var info = grid.Locator(".mud-table-pagination-caption").Last;
        var before = await ColumnAsync(grid, keyColumn);
        for (var i = 0; i < 40 && before.Count == 0; i++)
        {
            await Task.Delay(250);
            before = await ColumnAsync(grid, keyColumn);
        }

        var size = before.Count;
        Assert.True(size > 0);

        await grid.GetByRole(AriaRole.Button, new() { Name = "Next page" }).ClickAsync();

        await Assertions.Expect(info).ToContainTextAsync($"{size + 1}–");
        var after = await ColumnAsync(grid, keyColumn);
        Assert.NotEmpty(after);
        Assert.Empty(after.Intersect(before));
    }

    private static async Task AssertFitsAsync(IPage page, ILocator grid, Display screen, string name)
    {
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 1, $"{name} at {screen}: the page is {overflow} px wider than the screen");
        var box = await grid.BoundingBoxAsync();
        Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= screen.Width + 1, $"{name} at {screen}: the grid spans {box?.X}+{box?.Width} px");
        if (Environment.GetEnvironmentVariable("OPSCENTER_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"grid-{name}-{screen}.png"), FullPage = true });
        }
    }
}
