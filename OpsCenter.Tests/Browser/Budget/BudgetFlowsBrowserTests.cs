using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Browser.Budget;

public sealed class BudgetFlowsBrowserTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    [Fact]
    public async Task ProposalForm_OnAPhone_ShowsEachThaiMessageUnderItsField_AndNothingLeavesTheScreen()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress, Display.Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/proposals/new");
        await page.GetByTestId("proposal-phone").FillAsync("12ab");
        await page.GetByTestId("proposal-check").ClickAsync();
        await page.GetByTestId("proposal-submit").ClickAsync();

        await AssertUnderAsync(page.GetByTestId("proposal-title"), page.Locator("#error-title"), "ชื่อข้อเสนอต้องมี 5–200 ตัวอักษร");
        await AssertUnderAsync(page.GetByTestId("proposal-area"), page.Locator("#error-area"), "กรุณาเลือกอำเภอหรือตำบล");
        await AssertUnderAsync(page.GetByTestId("proposal-category"), page.Locator("#error-category"), "กรุณาเลือกประเภทความต้องการ");
        await AssertUnderAsync(page.GetByTestId("proposal-description"), page.Locator("#error-description"), "รายละเอียดต้องมี 20–4,000 ตัวอักษร");
        await AssertUnderAsync(page.GetByTestId("proposal-phone"), page.Locator("#error-phone"), "หมายเลขโทรศัพท์ไม่ถูกต้อง");
        await Assertions.Expect(page.GetByTestId("proposal-phone")).ToHaveValueAsync("12ab");
        Assert.Equal(0, await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth"));
    }

    /// <summary>The message is visible, within the phone's width, and starts just below its field.</summary>
    private static async Task AssertUnderAsync(ILocator field, ILocator message, string text)
    {
        await Assertions.Expect(message).ToContainTextAsync(text);
        await message.ScrollIntoViewIfNeededAsync();
        var fieldBox = (await field.BoundingBoxAsync())!;
        var messageBox = (await message.BoundingBoxAsync())!;
        Assert.InRange(messageBox.Y - (fieldBox.Y + fieldBox.Height), 0, 40);
        Assert.True(messageBox.X >= 0 && messageBox.X + messageBox.Width <= Display.Phone.Width, $"'{text}' runs off the phone's screen");
        Assert.True(fieldBox.X + fieldBox.Width <= Display.Phone.Width, $"the field of '{text}' runs off the phone's screen");
    }

    [Fact]
    public async Task Citizen_ChecksSimilarProposals_Submits_FollowsAndSupportsOncePerPhone()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/proposals");
        await Assertions.Expect(page.GetByTestId("proposal-card").First).ToBeVisibleAsync();
        await page.GetByTestId("new-proposal").ClickAsync();

        await page.GetByTestId("proposal-title").FillAsync("ขุดลอกคลองระบายน้ำหมู่ 7");
        await page.GetByTestId("proposal-area").SelectOptionAsync("190501");
        await page.GetByTestId("proposal-category").SelectOptionAsync("flood");
        await page.GetByTestId("proposal-description").FillAsync("สั้นไป");
        await page.GetByTestId("proposal-check").ClickAsync();
        await Assertions.Expect(page.GetByTestId("similar-proposals").GetByTestId("proposal-card").First).ToContainTextAsync("คลอง");

        await page.GetByTestId("proposal-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#error-description")).ToContainTextAsync("รายละเอียดต้องมี 20");
        await Assertions.Expect(page.GetByTestId("proposal-title")).ToHaveValueAsync("ขุดลอกคลองระบายน้ำหมู่ 7");
        await page.GetByTestId("proposal-description").FillAsync("น้ำท่วมถนนในหมู่ 7 ทุกปี คลองระบายน้ำตื้นเขิน ขอให้ขุดลอกคลอง");
        await page.GetByTestId("proposal-phone").FillAsync("081-777-0001");
        await page.GetByTestId("proposal-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("proposal-created")).ToBeVisibleAsync();
        var tracking = (await page.GetByTestId("tracking-code").InnerTextAsync()).Trim();
        Assert.Matches("^PR19-", tracking);
        await page.GetByTestId("tracked-proposal").Locator("h2 a").ClickAsync();
        await Assertions.Expect(page.GetByTestId("support-count")).ToContainTextAsync("1");

        await page.GetByTestId("support-phone").FillAsync("0817770002");
        await page.GetByTestId("support-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("support-message")).ToContainTextAsync("ขอบคุณ");
        await Assertions.Expect(page.GetByTestId("support-count")).ToContainTextAsync("2");

        await page.GetByTestId("support-phone").FillAsync("+66 81 777 0002");
        await page.GetByTestId("support-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("support-message")).ToContainTextAsync("สนับสนุนข้อเสนอนี้แล้ว");
        await Assertions.Expect(page.GetByTestId("support-count")).ToContainTextAsync("2");
        Assert.DoesNotContain("0817770002", await page.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_TriageAProposalIntoThePlan_AndTheTrackingPageShowsTheProject()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await BrowserSignIn.NewPageAsync(context, "official");
        await using var db = DbContexts.For(app.Database);
        var proposal = await db.Set<OpsCenter.Domain.Proposals.CitizenProposal>()
            .Where(p => p.Status == OpsCenter.Domain.Proposals.ProposalStatus.Submitted && p.Title.Contains("ประปา")).FirstAsync();

        await page.GotoAsync($"/proposals/{proposal.Id}");
        await page.GetByTestId("triage-action").SelectOptionAsync("Accept");
        await page.GetByTestId("triage-response").FillAsync("บรรจุในแผนปีหน้า");
        await page.GetByTestId("triage-requested").FillAsync("1,250,000");
        // 54 agencies: the owner is typed, not scrolled to; a name no agency has is refused with the form kept.
        await page.GetByTestId("triage-agency").FillAsync("กรมที่ไม่มีอยู่จริง");
        await page.GetByTestId("triage-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("triage-error")).ToContainTextAsync("ไม่พบหน่วยงานนี้");
        await Assertions.Expect(page.GetByTestId("triage-requested")).ToHaveValueAsync("1,250,000");
        await page.GetByTestId("triage-agency").FillAsync("สาธารณสุขจังหวัด");
        await page.GetByTestId("triage-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("proposal-status").First).ToContainTextAsync("บรรจุในแผนแล้ว");
        await Assertions.Expect(page.GetByTestId("proposal-project")).ToContainTextAsync("1.3 ล้าน");
        await page.GotoAsync($"/proposals/track/{proposal.TrackingCode}");
        await Assertions.Expect(page.GetByTestId("staff-response")).ToContainTextAsync("บรรจุในแผนปีหน้า");

        // It went into a year of the province's plan, numbered like the province's own projects, and the plan shows it.
        await using var check = DbContexts.For(app.Database);
        var plan = await check.Set<DevelopmentPlan>().SingleAsync(p => p.ProvinceCode == "19");
        var project = await check.Set<Project>().SingleAsync(p => p.Id == check.Set<OpsCenter.Domain.Proposals.CitizenProposal>().Where(c => c.Id == proposal.Id).Select(c => c.ProjectId).Single());
        Assert.True(plan.Covers(project.FiscalYear), $"{project.FiscalYear} is outside {plan.FirstFiscalYear}–{plan.LastFiscalYear}");
        Assert.Matches($"^SRB-{project.FiscalYear}-[0-9]{{4}}$", project.Code);
        Assert.NotNull(project.ActionPlanId);
        Assert.Equal("SRB-PHO", await check.Set<OpsCenter.Domain.Agencies.Agency>().Where(a => a.Id == project.OwnerAgencyId).Select(a => a.Code).SingleAsync());
        await page.GotoAsync("/budget/plans");
        await Assertions.Expect(page.GetByTestId("action-plans")).ToContainTextAsync(project.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GotoAsync($"/budget/projects?fy={project.FiscalYear}&sector={project.Sector}&area={project.AreaCode}");
        await Assertions.Expect(page.GetByText(project.Code)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ImportPage_ReportsTheBadRowAndKeepsTheGoodOne()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await BrowserSignIn.NewPageAsync(context, "official");
        await page.GotoAsync("/budget/import");
        var csv = "code,name_th,sector,owner_agency,area_codes,fiscal_year,source,requested\n"
                  + "UI-IMP-1,ซ่อมถนน,infrastructure,SRB-DOH,1910,2571,province,750000\n"
                  + "UI-IMP-2,ปีผิด,infrastructure,SRB-DOH,1910,2027,province,750000\n";
        var file = new FilePayload { Name = "projects.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) };

        // The circuit may connect after first paint; retry until the upload reaches the server.
        for (var i = 0; i < 20 && await page.GetByTestId("projects-report").CountAsync() == 0; i++)
        {
            await page.GetByTestId("projects-file").SetInputFilesAsync(file);
            await page.WaitForTimeoutAsync(500);
        }

        var report = page.GetByTestId("projects-report");
        await Assertions.Expect(report.GetByTestId("import-accepted")).ToHaveTextAsync("1");
        await Assertions.Expect(report.GetByTestId("import-issues")).ToContainTextAsync("fiscal_year");
        await Assertions.Expect(report.GetByTestId("import-issues").Locator("tbody tr td").First).ToHaveTextAsync("3");
        await using var db = DbContexts.For(app.Database);
        Assert.True(await db.Set<Project>().AnyAsync(p => p.Code == "UI-IMP-1"));
    }

    [Fact]
    public async Task EvidencePack_ShowsAreaNeedTheLinkedReportsOnAMapAndTheTrend()
    {
        await using var db = DbContexts.For(app.Database);
        var year = ThaiCalendar.FiscalYearOf(TestClock.UtcNow);
        var project = await db.Set<Project>()
            .Where(p => p.FiscalYear == year && db.Set<EvidenceLink>().Count(e => e.ProjectId == p.Id && e.Kind == EvidenceKind.Report) >= 2)
            .OrderBy(p => p.Id).FirstAsync();
        var linked = await db.Set<EvidenceLink>().CountAsync(e => e.ProjectId == project.Id && e.Kind == EvidenceKind.Report);
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await BrowserSignIn.NewPageAsync(context, "official");

        await page.GotoAsync($"/budget/projects/{project.Id}");
        // Follow the link's own address: a click that lands while the page turns interactive was lost twice under load.
        await page.GotoAsync((await page.GetByTestId("evidence-pack-link").GetAttributeAsync("href"))!);

        await Assertions.Expect(page.GetByTestId("evidence-pack")).ToContainTextAsync(project.Code);
        await Assertions.Expect(page.GetByTestId("pack-map")).ToHaveAttributeAsync("data-markers", linked.ToString(), new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("pack-linked-reports").Locator("tbody tr")).ToHaveCountAsync(linked);
        await Assertions.Expect(page.GetByTestId("pack-trend").Locator(".main-svg").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("pack-sector-index").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+\.\d\d$"));
        // Printing leaves the toolbar out.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.GetByTestId("evidence-csv")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task AreaPack_ForTheTopHighNeedLittleBudgetCell_ShowsItsNeedReportsAndTrend_AndPrints()
    {
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await BrowserSignIn.NewPageAsync(context, "official");
        await page.GotoAsync("/budget");
        var top = page.GetByTestId("ranking-high-need").GetByTestId("gap-pack").First;
        await Assertions.Expect(top).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var href = (await top.GetAttributeAsync("href"))!;
        var (area, sector) = (href.Split('/')[3], href.Split('/')[4]);

        await page.GotoAsync(href);

        await Assertions.Expect(page.GetByTestId("area-pack")).ToContainTextAsync(BudgetTerms.SectorName(sector, true));
        await using var db = DbContexts.For(app.Database);
        var year = ThaiCalendar.FiscalYearOf(TestClock.UtcNow);
        var projects = await db.Set<Project>().CountAsync(p => p.ProvinceCode == "19" && p.Sector == sector && p.FiscalYear == year
            && (p.AreaCode == area || p.AreaCode == "19" || p.ExtraAreas.Any(x => x.AreaCode == area)));
        await Assertions.Expect(page.GetByTestId(projects == 0 ? "pack-no-project" : "pack-projects")).ToBeVisibleAsync();
        var indicators = await db.Set<IndicatorValue>().Where(v => v.ProvinceCode == "19" && (v.AreaCode == area || v.AreaCode == area.Substring(0, 4)))
            .Select(v => new { v.IndicatorCode, v.AreaCode }).Distinct().CountAsync();
        await Assertions.Expect(page.GetByTestId("pack-indicators")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("pack-indicator")).ToHaveCountAsync(indicators);
        await Assertions.Expect(page.GetByTestId("pack-sector-index").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+\.\d\d$"));
        var reports = await page.GetByTestId("pack-linked-reports").Locator("tbody tr").CountAsync();
        Assert.True(reports > 0, "a high-need cell has reports behind its need");
        await Assertions.Expect(page.GetByTestId("pack-map")).ToHaveAttributeAsync("data-markers", new System.Text.RegularExpressions.Regex("^[1-9][0-9]*$"), new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("pack-trend").Locator(".main-svg").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        // The CSV the agency head attaches carries the same reports as the page, in the session's own cookie.
        var csv = await page.APIRequest.GetAsync((await page.GetByTestId("evidence-csv").GetAttributeAsync("href"))!);
        Assert.Equal(reports, (await csv.TextAsync()).Split("\r\n").Count(r => r.StartsWith("linked_report,", StringComparison.Ordinal)));

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.GetByTestId("pack-print")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("evidence-csv")).ToBeHiddenAsync();
        var pdf = await page.PdfAsync(new() { Format = "A4" });
        Assert.True(pdf.Length > 10_000, $"the printed pack is {pdf.Length} bytes");
    }
}
