using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Review;
using OpsCenter.Domain.Wall;
using OpsCenter.Tests.Browser.Wall;
using ReportPagesClicks = OpsCenter.Tests.Browser.Reports.ReportPagesBrowserTests;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Wall;

namespace OpsCenter.Tests.Browser.Review;

public sealed class ReviewBrowserTests(WallApp app) : IClassFixture<WallApp>
{
    [Fact]
    public async Task PresenterMovesToTheNextItem_TheScreenFollows()
    {
        var (sessionId, items) = await CreateSessionAsync("ประชุมทดสอบสองเบราว์เซอร์");
        await using var presenterContext = await Chromium.NewContextAsync(app.ServerAddress);
        var presenter = await presenterContext.NewPageAsync();
        await BrowserSignIn.SignInAsync(presenter, "presenter", $"/reviews/{sessionId}/present");
        await Assertions.Expect(presenter.GetByTestId("presenter")).ToHaveAttributeAsync("data-keys", "ready");
        await using var screenContext = await Chromium.NewContextAsync(app.ServerAddress);
        var screen = await screenContext.NewPageAsync();
        await BrowserSignIn.SignInAsync(screen, "governor", $"/reviews/{sessionId}/screen");
        var stage = screen.GetByTestId("review-stage");
        await Assertions.Expect(screen.GetByTestId("review-waiting")).ToBeVisibleAsync();
        await Assertions.Expect(stage).ToHaveAttributeAsync("data-live", "true");

        await presenter.GetByTestId("present-next").ClickAsync();
        await Assertions.Expect(stage).ToHaveAttributeAsync("data-item", items[0].ToString());
        await Assertions.Expect(screen.GetByTestId("review-section")).ToHaveTextAsync("ข้อมูลจริง");
        await Assertions.Expect(screen.GetByTestId("review-figure").First).ToBeVisibleAsync();

        await presenter.GetByTestId("present-next").ClickAsync();
        await Assertions.Expect(stage).ToHaveAttributeAsync("data-item", items[1].ToString());
        await Assertions.Expect(stage).ToHaveAttributeAsync("data-index", "1");

        await presenter.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(stage).ToHaveAttributeAsync("data-item", items[0].ToString());
        await presenter.Locator($"[data-testid=present-item][data-id='{items[^1]}']").ClickAsync();
        await Assertions.Expect(stage).ToHaveAttributeAsync("data-item", items[^1].ToString());
        await Assertions.Expect(screen.GetByTestId("review-section")).ToHaveTextAsync("ตามจริง");
        await presenter.Keyboard.PressAsync("s");
        await Assertions.Expect(stage).ToHaveAttributeAsync("data-spotlight", "true");
        await Assertions.Expect(screen.GetByTestId("review-strip")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task OnATablet_TheCurrentItemIsOnScreen_AndEndingTheReviewIsApartFromNext_AndAskedTwice()
    {
        var (sessionId, items) = await CreateSessionAsync("ประชุมทดสอบแท็บเล็ต");
        await using var context = await Chromium.NewContextAsync(app.ServerAddress, new Display("tablet", 1024, 768));
        var presenter = await context.NewPageAsync();
        await BrowserSignIn.SignInAsync(presenter, "presenter", $"/reviews/{sessionId}/present");
        await Assertions.Expect(presenter.GetByTestId("presenter")).ToHaveAttributeAsync("data-keys", "ready");
        await presenter.GetByTestId("present-next").ClickAsync();
        await Assertions.Expect(presenter.GetByTestId("presenter")).ToHaveAttributeAsync("data-item", items[0].ToString());

        var preview = await presenter.Locator(".ops-presenter-preview").BoundingBoxAsync();
        Assert.True(preview is not null && preview.Y + 200 <= 768, $"the current item must start on screen; it starts at {preview?.Y} px");

        var next = (await presenter.GetByTestId("present-next").BoundingBoxAsync())!;
        var end = (await presenter.GetByTestId("present-end").BoundingBoxAsync())!;
        Assert.True(end.Y + end.Height <= next.Y || Math.Abs(end.X - next.X) > 300, $"'end' must not sit under 'next' (dx {end.X - next.X}, dy {end.Y - next.Y})");

        if (Environment.GetEnvironmentVariable("OPSCENTER_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await presenter.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "review-present-tablet.png") });
        }

        await presenter.GetByTestId("present-end").ClickAsync();
        var dialog = presenter.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "ยกเลิก" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(presenter.GetByTestId("presenter")).Not.ToHaveAttributeAsync("data-status", "Closed");
    }

    [Fact]
    public async Task WallScreenFollowsTheReview_AndReturnsToItsRotationWhenTheReviewEnds()
    {
        var (sessionId, items) = await CreateSessionAsync("ประชุมทดสอบจอติดตาม");
        await app.CreateScreenAsync("review-follow", 600, new WallSlide("เรื่องร้องเรียน", "Reports", [WallPanels.Counters, WallPanels.Ticker]));
        var token = await app.IssueTokenAsync(null);
        var (tvContext, tv) = await WallBrowserTests.OpenWithSecretAsync(app.ServerAddress, "review-follow", token.Secret);
        await using var _ = tvContext;
        await using var presenterContext = await Chromium.NewContextAsync(app.ServerAddress);
        var presenter = await presenterContext.NewPageAsync();
        await BrowserSignIn.SignInAsync(presenter, "presenter", $"/reviews/{sessionId}/present");
        await Assertions.Expect(presenter.GetByTestId("presenter")).ToHaveAttributeAsync("data-keys", "ready");

        await presenter.GetByTestId("follow-review-follow").CheckAsync();
        var wall = tv.GetByTestId("wall-screen");
        await Assertions.Expect(wall).ToHaveAttributeAsync("data-review", sessionId.ToString());
        await Assertions.Expect(wall).ToHaveAttributeAsync("data-mode", "Following");
        await presenter.GetByTestId("present-next").ClickAsync();
        await Assertions.Expect(tv.GetByTestId("review-stage")).ToHaveAttributeAsync("data-item", items[0].ToString());

        await presenter.GetByTestId("present-end").ClickAsync();
        await presenter.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "จบการประชุม" }).ClickAsync();
        await Assertions.Expect(wall).ToHaveAttributeAsync("data-review", "");
        await Assertions.Expect(wall).ToHaveAttributeAsync("data-mode", "Rotate");
        await Assertions.Expect(tv.GetByTestId("wall-panel-counters")).ToBeVisibleAsync();
        await Assertions.Expect(presenter.GetByTestId("presenter")).ToHaveAttributeAsync("data-status", "Closed");
    }

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(3840, 2160)]
    public async Task WallFollowingAReview_GivesTheStageTheWholeScreen_AndAgendaLabelsAreWhole(int width, int height)
    {
        var (sessionId, items) = await CreateSessionAsync($"ประชุมทดสอบเต็มจอ {width}");
        var slug = $"review-full-{width}";
        await app.CreateScreenAsync(slug, 600, new WallSlide("เรื่องร้องเรียน", "Reports", [WallPanels.Counters, WallPanels.Ticker]));
        var token = await app.IssueTokenAsync(null);
        var (tvContext, tv) = await WallBrowserTests.OpenWithSecretAsync(app.ServerAddress, slug, token.Secret, new Display($"tv-{width}", width, height));
        await using var _ = tvContext;
        await using var presenterContext = await Chromium.NewContextAsync(app.ServerAddress);
        var presenter = await presenterContext.NewPageAsync();
        await BrowserSignIn.SignInAsync(presenter, "presenter", $"/reviews/{sessionId}/present");
        await Assertions.Expect(presenter.GetByTestId("presenter")).ToHaveAttributeAsync("data-keys", "ready");
        await presenter.GetByTestId($"follow-{slug}").CheckAsync();
        await Assertions.Expect(tv.GetByTestId("wall-screen")).ToHaveAttributeAsync("data-mode", "Following");

        // Figures over a table, figures over live wall panels, and figures alone (a follow-up: text figures too).
        var kpis = await KpiItemAsync(sessionId);
        foreach (var (item, name) in new[] { (items[0], "board"), (kpis, "kpis"), (items[^1], "follow-up") })
        {
            await presenter.Locator($"[data-testid=present-item][data-id='{item}']").ClickAsync();
            var stage = tv.GetByTestId("review-stage");
            await Assertions.Expect(stage).ToHaveAttributeAsync("data-item", item.ToString());
            await Assertions.Expect(tv.GetByTestId("review-figure").First).ToBeVisibleAsync();
            await tv.EvaluateAsync("document.fonts.ready");
            await WallSight.ScreenshotAsync(tv, $"review-follow-{name}-{width}x{height}");

            Assert.True(await WallSight.ShareOfViewportAsync(stage) >= 0.9, "the review's stage must fill the screen");
            await Assertions.Expect(tv.Locator(".ops-wall-header")).ToHaveCountAsync(0);
            await Assertions.Expect(tv.Locator(".ops-wall-footer")).ToHaveCountAsync(0);
            await Assertions.Expect(tv.GetByTestId("review-strip-item").First).ToBeVisibleAsync();
            WallSight.None(await WallSight.ClippedAsync(tv.GetByTestId("review-strip-item")), "agenda labels cut");
            WallSight.None(await WallSight.ClippedAsync(tv.GetByTestId("review-item-title")), "item title cut");
            WallSight.None(await WallSight.SmallFiguresAsync(tv), "figures small for their tiles");
            WallSight.None(await WallSight.AffordancesAsync(tv), "things to press on the wall");
            var fits = await tv.EvaluateAsync<bool>("document.scrollingElement.scrollHeight <= innerHeight && document.scrollingElement.scrollWidth <= innerWidth");
            Assert.True(fits, "the stage must fit the screen without scrolling");
        }
    }

    [Fact]
    public async Task ADecisionTakenInTheMeeting_JoinsEverySessionAlreadyPlanned_MarkedNew()
    {
        var (meeting, _) = await CreateSessionAsync("ประชุมที่ตัดสินใจ");
        var (sameHour, _) = await CreateSessionAsync("ประชุมคู่ขนานเวลาเดียวกัน");
        var (nextWeek, _) = await CreateSessionAsync("ประชุมสัปดาห์หน้า", TimeSpan.FromDays(7));
        var action = $"ซ่อมไฟถนนสายหลักให้ครบทุกจุด ({Guid.NewGuid():N})"[..60];
        var due = ThaiCalendar.ToBangkok(TestClock.UtcNow).AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        await using var presenterContext = await Chromium.NewContextAsync(app.ServerAddress);
        var presenter = await presenterContext.NewPageAsync();
        await BrowserSignIn.SignInAsync(presenter, "presenter", $"/reviews/{meeting}/present");
        await Assertions.Expect(presenter.GetByTestId("presenter")).ToHaveAttributeAsync("data-keys", "ready");
        await presenter.GetByTestId("present-next").ClickAsync();
        await presenter.GetByTestId("decision-text").FillAsync("มอบหมายให้ซ่อมไฟถนนให้เสร็จก่อนประชุมครั้งหน้า");
        await presenter.GetByTestId("decision-action").FillAsync(action);
        await MudInputs.PickAsync(presenter, "decision-owner", "บรรเทาสาธารณภัย", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสระบุรี");
        await presenter.GetByTestId("decision-due").FillAsync(due);
        await presenter.GetByTestId("decision-save").ClickAsync();
        await Assertions.Expect(presenter.Locator(".mud-snackbar").Filter(new() { HasText = "บันทึกข้อสั่งการแล้ว" })).ToBeVisibleAsync();

        await using var officialContext = await Chromium.NewContextAsync(app.ServerAddress);
        var official = await officialContext.NewPageAsync();
        await BrowserSignIn.SignInAsync(official, "official", $"/reviews/{nextWeek}");
        foreach (var planned in new[] { nextWeek, sameHour })
        {
            await official.GotoAsync($"/reviews/{planned}");
            var joined = official.Locator("[data-testid=agenda-item][data-kind=follow-up-action]", new() { HasText = action[..40] });
            await Assertions.Expect(joined).ToHaveCountAsync(1);
            await Assertions.Expect(joined.GetByTestId("agenda-item-added")).ToBeVisibleAsync();
        }

        // The meeting that decided it does not follow itself up.
        await official.GotoAsync($"/reviews/{meeting}");
        await Assertions.Expect(official.GetByTestId("review-agenda")).ToBeVisibleAsync();
        await Assertions.Expect(official.Locator("[data-testid=agenda-item]", new() { HasText = action[..40] })).ToHaveCountAsync(0);
        await Assertions.Expect(official.GetByTestId("agenda-rebuild")).ToHaveCountAsync(0);

        // Removed by hand, the item comes back when the chair rebuilds the agenda from the latest data.
        await official.GotoAsync($"/reviews/{nextWeek}");
        var item = official.Locator("[data-testid=agenda-item]", new() { HasText = action[..40] });
        await ReportPagesClicks.ClickUntilAsync(item.GetByTestId("agenda-remove"), official.Locator("[data-testid=review-agenda]:not(:has-text('" + action[..40] + "'))"));
        await ReportPagesClicks.ClickUntilAsync(official.GetByTestId("agenda-rebuild"), item.GetByTestId("agenda-item-added"));
    }

    private async Task<(int SessionId, IReadOnlyList<int> Items)> CreateSessionAsync(string title, TimeSpan? after = null)
    {
        var (session, errors) = await app.Services.GetRequiredService<ReviewService>()
            .CreateAsync(Actor.Staff("presenter-1", "ผู้นำเสนอ", TestReports.Saraburi, null, OpsRoles.Presenter), new ReviewSessionInput(title, TestClock.UtcNow.Date.AddHours(3) + (after ?? TimeSpan.Zero), "ผู้ว่าราชการจังหวัด", null));
        Assert.Empty(errors);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        return (session!.Id, await ReviewService.OrderedItemIdsAsync(db, session.Id, CancellationToken.None));
    }

    private async Task<int> KpiItemAsync(int sessionId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        return await db.Set<ReviewAgendaItem>().Where(i => i.ReviewSessionId == sessionId && i.Kind == ReviewItemKinds.Kpis).Select(i => i.Id).SingleAsync();
    }
}
