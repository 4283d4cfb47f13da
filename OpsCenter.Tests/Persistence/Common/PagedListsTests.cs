using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Audit;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Queries;
using OpsCenter.Domain.Security;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Common;

/// <summary>The seeded apps the paged-list tests share (see <see cref="ProviderApps"/>).</summary>
public sealed class PagedListApps() : ProviderApps();

/// <summary>
/// The five lists behind the grids page, sort and filter in the database on both providers: reading every page gives
/// every matching row once, in the order asked for, and what no whitelist names is refused.
/// </summary>
public sealed class PagedListsTests(PagedListApps apps) : IClassFixture<PagedListApps>
{
    private static readonly Actor Official = Actor.Staff("official-id", "เจ้าหน้าที่จังหวัด", "19", null, OpsRoles.Official);
    private static readonly Actor Admin = Actor.Staff("admin-id", "ผู้ดูแล", "19", null, OpsRoles.Admin);

    /// <summary>Every page of a list, turned one after another, as a grid's pager would.</summary>
    private static async Task<(List<T> Rows, int Total)> ReadEveryPageAsync<T>(Func<PageRequest, Task<Paged<T>>> load, int size, string? sort = null, bool descending = false)
    {
        var rows = new List<T>();
        var total = -1;
        for (var offset = 0; total < 0 || offset < total; offset += size)
        {
            var page = await load(new PageRequest(offset, size, sort, descending));
            Assert.Null(page.Error);
            Assert.True(page.Rows.Count <= size);
            total = page.Total;
            rows.AddRange(page.Rows);
            if (page.Rows.Count == 0)
            {
                break;
            }
        }

        return (rows, total);
    }

    private static async Task AssertRefusesWhatIsNotWhitelistedAsync<T>(Func<PageRequest, Task<Paged<T>>> load)
    {
        Assert.Equal("sort", (await load(new PageRequest(Sort: "PasswordHash"))).Error?.Field);
        Assert.Equal("size", (await load(new PageRequest(Size: PageRequest.MaxSize + 1))).Error?.Field);
        Assert.Equal("size", (await load(new PageRequest(Size: 0))).Error?.Field);
        Assert.Equal("offset", (await load(new PageRequest(Offset: -1))).Error?.Field);
        Assert.Empty((await load(new PageRequest(Sort: "PasswordHash"))).Rows);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ReportQueue_PagesEveryMatchingReportOnce_InTheOrderAsked(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var queue = app.Services.GetRequiredService<ReportQueue>();
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var category = await db.Set<CitizenReport>().Where(r => r.ProvinceCode == "19").GroupBy(r => r.CategoryCode)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var filter = new QueueFilter { ProvinceCode = "19", CategoryCode = category };
        var expected = (await db.Set<CitizenReport>().Where(r => r.ProvinceCode == "19" && r.CategoryCode == category)
            .Select(r => new { r.Id, r.ReporterCount }).ToListAsync())
            .OrderByDescending(r => r.ReporterCount).ThenByDescending(r => r.Id).Select(r => r.Id).ToList();
        Assert.True(expected.Count > 60, $"the demo has {expected.Count} reports of {category}; the test needs several pages");

        var (rows, total) = await ReadEveryPageAsync(p => queue.PageAsync(Official, filter, p), 25, nameof(QueueRow.ReporterCount), descending: true);
        var (newest, _) = await ReadEveryPageAsync(p => queue.PageAsync(Official, filter, p), PageRequest.MaxSize);

        Assert.Equal(expected.Count, total);
        Assert.Equal(expected, rows.Select(r => r.Id));
        Assert.All(rows, r => Assert.Equal(category, r.CategoryCode));
        Assert.Equal(newest.OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id).Select(r => r.Id), newest.Select(r => r.Id));
        Assert.Equal(0, (await queue.PageAsync(Actor.Anonymous, filter, new PageRequest())).Total);
        await AssertRefusesWhatIsNotWhitelistedAsync(p => queue.PageAsync(Official, filter, p));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Projects_PageAndSumInTheDatabase_AndSortByMoney(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var projects = app.Services.GetRequiredService<ProjectQueries>();
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var expected = await db.Set<Project>().Where(p => p.ProvinceCode == "19").Select(p => p.Id).ToListAsync();
        var filter = new ProjectFilter();

        var (byCode, total) = await ReadEveryPageAsync(p => projects.PageAsync(Official, filter, p), 10, nameof(ProjectRow.Code));
        var (byCodeDescending, _) = await ReadEveryPageAsync(p => projects.PageAsync(Official, filter, p), 10, nameof(ProjectRow.Code), descending: true);
        var (byApproved, _) = await ReadEveryPageAsync(p => projects.PageAsync(Official, filter, p), 10, nameof(ProjectRow.Approved), descending: true);
        var totals = await projects.TotalsAsync(Official, filter);

        Assert.True(expected.Count > 10, "the demo needs more than one page of projects");
        Assert.Equal((expected.Count, expected.Count), (total, totals.Count));
        Assert.Equal(expected.Order(), byCode.Select(r => r.Id).Order());
        Assert.Equal(byCode.Select(r => r.Id).Reverse(), byCodeDescending.Select(r => r.Id));
        Assert.Equal(byApproved.Select(r => r.Approved.Satang).OrderDescending(), byApproved.Select(r => r.Approved.Satang));
        Assert.Equal(totals.Approved, Money.Sum(byApproved.Select(r => r.Approved)));
        Assert.Equal(totals.Requested, Money.Sum(byApproved.Select(r => r.Requested)));

        var sector = byCode[0].Sector;
        var (inSector, sectorTotal) = await ReadEveryPageAsync(p => projects.PageAsync(Official, filter with { Sector = sector }, p), 10);
        Assert.Equal(byCode.Count(r => r.Sector == sector), sectorTotal);
        Assert.All(inSector, r => Assert.Equal(sector, r.Sector));
        await AssertRefusesWhatIsNotWhitelistedAsync(p => projects.PageAsync(Official, filter, p));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Catalog_FiltersByFreshnessInTheDatabase_AsTheFreshnessRuleDecides(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var catalog = app.Services.GetRequiredService<CatalogQuery>();
        var (all, total) = await ReadEveryPageAsync(p => catalog.PageAsync("19", new CatalogFilter(), p), 5);
        var counts = await catalog.FreshnessCountsAsync("19");

        Assert.Equal(total, all.Select(r => r.Dataset.Id).Distinct().Count());
        Assert.Equal(all.Select(r => (int)r.State).OrderDescending(), all.Select(r => (int)r.State));
        foreach (var state in Enum.GetValues<FreshnessState>())
        {
            var (rows, count) = await ReadEveryPageAsync(p => catalog.PageAsync("19", new CatalogFilter(Freshness: state), p), 5);
            Assert.All(rows, r => Assert.Equal(state, r.Dataset.FreshnessAt(catalog.Now)));
            Assert.Equal(all.Count(r => r.State == state), count);
            Assert.Equal(count, counts[state]);
        }

        var (byVersions, _) = await ReadEveryPageAsync(p => catalog.PageAsync("19", new CatalogFilter(), p), 5, "Versions", descending: true);
        Assert.Equal(byVersions.Select(r => r.Versions).OrderDescending(), byVersions.Select(r => r.Versions));
        var wanted = all[^1].Dataset;
        var (found, _) = await ReadEveryPageAsync(p => catalog.PageAsync("19", new CatalogFilter(Text: wanted.Slug.ToUpperInvariant()), p), 5);
        Assert.Contains(found, r => r.Dataset.Id == wanted.Id);
        await AssertRefusesWhatIsNotWhitelistedAsync(p => catalog.PageAsync("19", new CatalogFilter(), p));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Users_PageTheProvincesPeople_BothWays_AndSearch(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var users = app.Services.GetRequiredService<UserAdministration>();
        var filter = new UserFilter();

        var (ascending, total) = await ReadEveryPageAsync(p => users.PageAsync(Admin, filter, p), 4, nameof(UserRow.UserName));
        var (descending, _) = await ReadEveryPageAsync(p => users.PageAsync(Admin, filter, p), 4, nameof(UserRow.UserName), descending: true);
        var (officials, _) = await ReadEveryPageAsync(p => users.PageAsync(Admin, filter with { Text = "official" }, p), 4);
        var (admins, _) = await ReadEveryPageAsync(p => users.PageAsync(Admin, filter with { Role = OpsRoles.Admin }, p), 4);

        Assert.True(total > 4, "the demo needs more than one page of people");
        Assert.Equal(total, ascending.Select(u => u.Id).Distinct().Count());
        Assert.Equal(ascending.Select(u => u.Id).Reverse(), descending.Select(u => u.Id));
        Assert.All(ascending, u => Assert.Equal("19", u.ProvinceCode));
        Assert.DoesNotContain(ascending, u => u.Roles.Contains(OpsRoles.National));
        Assert.NotEmpty(officials);
        Assert.All(officials, u => Assert.True(u.UserName.Contains("official", StringComparison.Ordinal) || u.DisplayName.Contains("official", StringComparison.Ordinal)));
        Assert.Equal(ascending.Where(u => u.Roles.Contains(OpsRoles.Admin)).Select(u => u.Id).Order(), admins.Select(u => u.Id).Order());
        Assert.Equal(0, (await users.PageAsync(Official, filter, new PageRequest())).Total);
        await AssertRefusesWhatIsNotWhitelistedAsync(p => users.PageAsync(Admin, filter, p));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditLog_PagesNewestFirst_AndSortsByAction(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var someone = "paging-" + Guid.NewGuid().ToString("N")[..8];
        var log = app.Services.GetRequiredService<IAuditLog>();
        string[] actions = [AuditActions.UserDisabled, AuditActions.ReportsExported, AuditActions.UserEnabled, AuditActions.ReporterContactRead, AuditActions.UserRolesChanged];
        foreach (var action in actions)
        {
            await log.AppendAsync(new AuditActor(null, someone), action, "user", someone, "19");
        }

        var query = app.Services.GetRequiredService<AuditQuery>();
        var filter = new AuditFilter(someone);
        var (newest, total) = await ReadEveryPageAsync(p => query.FindAsync(Admin, filter, p), 2);
        var (byAction, _) = await ReadEveryPageAsync(p => query.FindAsync(Admin, filter, p), 2, nameof(AuditEntry.Action));

        Assert.Equal(actions.Length, total);
        Assert.Equal(actions.Reverse(), newest.Select(e => e.Action));
        Assert.Equal(actions.Order(StringComparer.Ordinal), byAction.Select(e => e.Action));
        Assert.Equal(0, (await query.FindAsync(Official, filter, new PageRequest())).Total);
        await AssertRefusesWhatIsNotWhitelistedAsync(p => query.FindAsync(Admin, filter, p));
    }
}
