using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Workflow;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Reports;

namespace OpsCenter.Tests.Browser.Reports;

/// <summary>The threads a citizen follows after filing: reopening with the key from any channel, and a merge read from both ends.</summary>
public sealed partial class ReportPagesBrowserTests
{
    private static readonly Actor Official = Actor.Staff("official-test", "เจ้าหน้าที่สำนักงานจังหวัด", "19", null, OpsRoles.Official);

    [Fact]
    public async Task Citizen_FilesResolvedByStaff_ReopensFromTheReceiptLink()
    {
        await using var citizenContext = await Chromium.NewContextAsync(app.ServerAddress);
        var citizen = await citizenContext.NewPageAsync();
        await citizen.GotoAsync("/report");
        var map = citizen.GetByTestId("report-map");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 20_000 });
        await citizen.GetByTestId("kind-complaint").ClickAsync();
        await MudInputs.ChooseAsync(citizen, "category", "category-road");
        await citizen.GetByTestId("description").FillAsync("ถนนหน้าโรงเรียนเป็นหลุม (ทดสอบการเปิดเรื่องใหม่)");
        await map.ClickAsync();
        await Assertions.Expect(citizen.GetByTestId("pin-place")).ToContainTextAsync("อ.");
        await citizen.GetByTestId("report-submit").ClickAsync();
        await Assertions.Expect(citizen.GetByTestId("tracking-number")).ToHaveTextAsync(TrackingNumber());
        var tracking = (await citizen.GetByTestId("tracking-number").TextContentAsync())!.Trim();
        var receiptLink = (await citizen.GetByTestId("track-link").GetAttributeAsync("href"))!;
        // Absolute, so it still works pasted into LINE or an e-mail.
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(app.ServerAddress.GetLeftPart(UriPartial.Authority))}/track/{tracking}\\?key=[A-Z0-9]{{12}}$", receiptLink);

        long id;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync())
        {
            id = await db.Set<CitizenReport>().Where(r => r.TrackingNumber == tracking).Select(r => r.Id).SingleAsync();
        }

        await using var staffContext = await Chromium.NewContextAsync(app.ServerAddress);
        var staff = await BrowserSignIn.NewPageAsync(staffContext, "official");
        await staff.GotoAsync($"/reports/{id}");
        await ClickUntilAsync(staff.GetByTestId("action-take"), staff.Locator("[data-testid=detail-assignee]:has-text('เจ้าหน้าที่สำนักงานจังหวัด')"));
        await staff.GetByTestId("action-note").FillAsync("กลบหลุมเรียบร้อยแล้ว");
        await staff.GetByTestId("action-resolve").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("status-badge").First).ToHaveTextAsync("เสร็จสิ้น");

        await citizen.GetByTestId("track-link").ClickAsync();
        await Assertions.Expect(citizen.GetByTestId("track-card")).ToContainTextAsync("กลบหลุมเรียบร้อยแล้ว");
        await Assertions.Expect(citizen.GetByTestId("reopen")).ToBeVisibleAsync();
        await ReopenAsync(citizen, "ฝนตกแล้วหลุมกลับมาอีก");

        await Assertions.Expect(citizen.GetByTestId("reopen")).ToHaveCountAsync(0);
        await Assertions.Expect(citizen.GetByTestId("track-timeline")).ToContainTextAsync("ผู้แจ้งขอเปิดเรื่องใหม่");
        await using var check = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var reopened = await check.Set<CitizenReport>().SingleAsync(r => r.Id == id);
        Assert.Equal((ReportStatus.Received, 1), (reopened.Status, reopened.ReopenCount));

        // Without the key the same page offers no reopening.
        await citizen.GotoAsync($"/track/{tracking}");
        await Assertions.Expect(citizen.GetByTestId("track-card")).ToBeVisibleAsync();
        await Assertions.Expect(citizen.GetByTestId("reopen")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ApiAndOpen311Reporters_GetALinkWithTheirKey_ThatOpensTheReopenForm()
    {
        using var http = new HttpClient { BaseAddress = app.ServerAddress };
        using var posted = await http.PostAsJsonAsync("/api/reports",
            new { kind = "complaint", category = "road", description = "ถนนทรุดตัว (ทดสอบลิงก์ผู้แจ้ง API)", lat = 14.53, @long = 100.91 });
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var api = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement;
        var apiNumber = api.GetProperty("trackingNumber").GetString()!;
        var apiLink = api.GetProperty("trackingUrl").GetString()!;
        Assert.Equal($"/track/{apiNumber}?key={api.GetProperty("reporterKey").GetString()}", apiLink);

        using var open311 = await http.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = ReportPayloads.PartnerKey, ["service_code"] = "road", ["lat"] = "14.53", ["long"] = "100.91",
            ["description"] = "ถนนแตกร้าว (ทดสอบลิงก์ผู้แจ้ง Open311)", ["attribute[kind]"] = "complaint",
        }));
        Assert.Equal(HttpStatusCode.Created, open311.StatusCode);
        var partner = JsonDocument.Parse(await open311.Content.ReadAsStringAsync()).RootElement[0];
        var partnerNumber = partner.GetProperty("service_request_id").GetString()!;
        var partnerLink = OpenLink().Match(partner.GetProperty("service_notice").GetString()!).Value;
        Assert.Equal($"/track/{partnerNumber}?key={partner.GetProperty("token").GetString()}", partnerLink);

        var workflow = app.Services.GetRequiredService<ReportWorkflowService>();
        await using var context = await Chromium.NewContextAsync(app.ServerAddress);
        var page = await context.NewPageAsync();
        foreach (var (number, link) in new[] { (apiNumber, apiLink), (partnerNumber, partnerLink) })
        {
            await using (var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync())
            {
                var id = await db.Set<CitizenReport>().Where(r => r.TrackingNumber == number).Select(r => r.Id).SingleAsync();
                Assert.Null(await workflow.ApplyAsync(id, new WorkRequest(ReportAction.Resolve, "ซ่อมแล้ว"), Official));
            }

            await page.GotoAsync(link);
            await Assertions.Expect(page.GetByTestId("reopen")).ToBeVisibleAsync();
            await ReopenAsync(page, "ยังไม่หาย");
        }
    }

    [Fact]
    public async Task MergedReports_ReadAsOneStory_OnBothTrackPages_InTheViewersLanguage()
    {
        using var http = new HttpClient { BaseAddress = app.ServerAddress };
        var (primaryNumber, primaryId) = await PostAsync(http, "ท่อระบายน้ำอุดตันหน้าตลาด (เรื่องหลัก)");
        var (duplicateNumber, duplicateId) = await PostAsync(http, "ท่อระบายน้ำหน้าตลาดตัน (แจ้งซ้ำ)");

        await using var staffContext = await Chromium.NewContextAsync(app.ServerAddress);
        var staff = await BrowserSignIn.NewPageAsync(staffContext, "official");
        await staff.GotoAsync($"/reports/{duplicateId}");
        var merge = staff.Locator("[data-testid=duplicates] li", new() { HasText = primaryNumber }).GetByTestId("merge-into");
        await ClickUntilAsync(merge, staff.Locator("[data-testid=status-badge]:has-text('เรื่องซ้ำ')"));
        await Assertions.Expect(staff.Locator(".mud-snackbar").Filter(new() { HasText = "รวมเรื่องแล้ว" }).First).ToBeVisibleAsync();
        await staff.GotoAsync($"/reports/{primaryId}");
        await Assertions.Expect(staff.GetByTestId("detail-timeline")).ToContainTextAsync($"รวมเรื่อง {duplicateNumber} เข้ามา ผู้แจ้งรวม 2 คน");
        await Assertions.Expect(staff.GetByTestId("detail-timeline")).Not.ToContainTextAsync("citizens reported");

        await using var citizenContext = await Chromium.NewContextAsync(app.ServerAddress);
        var citizen = await citizenContext.NewPageAsync();
        await citizen.GotoAsync($"/track/{duplicateNumber}");
        await Assertions.Expect(citizen.GetByTestId("track-merged-into")).ToContainTextAsync(primaryNumber);
        await Assertions.Expect(citizen.GetByTestId("track-merged-count")).ToHaveTextAsync("2 คน");
        await Assertions.Expect(citizen.GetByTestId("track-expected")).ToContainTextAsync("25");
        await Assertions.Expect(citizen.GetByTestId("track-step-merged")).ToHaveCountAsync(1);
        await Assertions.Expect(citizen.GetByTestId("track-step-merged")).ToContainTextAsync($"รวมกับเรื่อง {primaryNumber}");

        // A link followed while the circuit is still starting can be overtaken by the circuit's first render of this
        // page (the address changes, the old story stays): follow it once the page is live, as a reader's tap would be.
        await Overview.HomePageBrowserTests.WaitUntilInteractiveAsync(citizen);
        await citizen.GetByTestId("track-merged-into").GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(citizen).ToHaveURLAsync(new Regex($"/track/{primaryNumber}$"));
        await Assertions.Expect(citizen.GetByTestId("track-merged-from")).ToContainTextAsync(duplicateNumber);
        await Assertions.Expect(citizen.GetByTestId("track-reporter-count")).ToContainTextAsync("2");
        await Assertions.Expect(citizen.GetByTestId("track-step-merged")).ToHaveCountAsync(1);
        await Assertions.Expect(citizen.GetByTestId("track-step-merged")).ToContainTextAsync($"รวมกับเรื่อง {duplicateNumber}");
        await Assertions.Expect(citizen.GetByTestId("track-timeline")).Not.ToContainTextAsync("Merged");

        await citizen.GotoAsync($"/culture/en-US?redirect={Uri.EscapeDataString("/track/" + duplicateNumber)}");
        await Assertions.Expect(citizen.GetByTestId("track-step-merged")).ToContainTextAsync($"Merged with {primaryNumber}; 2 citizens reported it");
        await Assertions.Expect(citizen.GetByTestId("track-timeline")).Not.ToContainTextAsync("รวมกับ");
    }

    /// <summary>
    /// Types the reason and sends it until the report shows as received again: text typed before the page's circuit
    /// connects is not bound, so it is typed again with each try.
    /// </summary>
    private static async Task ReopenAsync(IPage page, string reason)
    {
        var reopened = page.Locator("[data-testid=track-card] [data-testid=status-badge]:has-text('รับเรื่องแล้ว')");
        for (var attempt = 0; attempt < 20 && await reopened.CountAsync() == 0; attempt++)
        {
            await page.GetByTestId("reopen-reason").FillAsync(reason);
            await page.GetByTestId("reopen-reason").DispatchEventAsync("change");
            await page.GetByTestId("reopen-submit").ClickAsync();
            await Task.Delay(1_000);
        }

        await Assertions.Expect(reopened).ToBeVisibleAsync();
    }

    private static async Task<(string Number, long Id)> PostAsync(HttpClient http, string description)
    {
        using var posted = await http.PostAsJsonAsync("/api/reports",
            new { kind = "complaint", category = "drainage", description, lat = 14.58663, @long = 101.00155 });
        var body = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        return (body.GetProperty("trackingNumber").GetString()!, body.GetProperty("id").GetInt64());
    }

    [GeneratedRegex("/track/[A-Z0-9-]+\\?key=[A-Z0-9]{12}")]
    private static partial Regex OpenLink();
}
