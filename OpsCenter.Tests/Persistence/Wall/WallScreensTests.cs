using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Wall;
using OpsCenter.Tests.Domain.Events;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Persistence.Events;

namespace OpsCenter.Tests.Persistence.Wall;

public sealed class WallScreensTests
{
    private static readonly Actor Admin = Actor.Staff("admin-1", "ผู้ดูแลระบบ", "19", null, OpsRoles.Admin);

    private static readonly Actor Official = Actor.Staff("official-1", "เจ้าหน้าที่จังหวัด", "19", null, OpsRoles.Official);

    private static readonly WallScreenInput NewScreen = new("ops-room", "ห้องปฏิบัติการ", "Operations room", "1903", 7, 15,
        [new WallSlide("ภาพรวม", "Overview", [WallPanels.Counters, WallPanels.Ticker]), new WallSlide("งบ", "", [WallPanels.Budget])]);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Save_CreatesAScreen_AndAnnouncesIt(DatabaseProvider provider)
    {
        await using var app = await OutboxRelayTests.StartAsync(provider);
        var screens = app.Services.GetRequiredService<WallScreens>();

        var (saved, errors) = await screens.SaveAsync(null, NewScreen, Admin);

        Assert.Empty(errors);
        Assert.NotNull(saved);
        Assert.Equal("งบ", saved.Slides[1].TitleEn);
        Assert.Equal(new WallView("19", "1903", 7), saved.View);
        Assert.Contains(saved.Id, (await screens.ListAsync("19")).Select(s => s.Id));
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        Assert.True(await db.Set<OutboxMessage>().AnyAsync(m => m.Kind == WallEvents.ScreenChanged && m.SubjectId == saved.Id.ToString()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Save_RejectsADistrictOfAnotherProvince_AndATakenUrlName(DatabaseProvider provider)
    {
        await using var app = await OutboxRelayTests.StartAsync(provider);
        var screens = app.Services.GetRequiredService<WallScreens>();

        var (_, foreignArea) = await screens.SaveAsync(null, NewScreen with { AreaCode = "1301" }, Admin);
        var (_, taken) = await screens.SaveAsync(null, NewScreen with { Slug = "governor", AreaCode = null }, Admin);

        Assert.Equal("areaCode", Assert.Single(foreignArea).Field);
        Assert.Equal("slug", Assert.Single(taken).Field);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RemoteCommand_ChangesTheSharedControl_AndEveryWatcherHearsOfIt(DatabaseProvider provider)
    {
        await using var app = await OutboxRelayTests.StartAsync(provider);
        var screens = app.Services.GetRequiredService<WallScreens>();
        var governor = await screens.FindAsync("19", "governor");
        Assert.NotNull(governor);
        WallScreenInfo? heard = null;
        using var watch = screens.Watch(governor.Id, s => heard = s);

        var paused = await screens.CommandAsync(governor.Id, WallCommand.Pause, Official);
        var alarms = await screens.CommandAsync(governor.Id, WallCommand.AlarmOnlyOn, Official);

        Assert.Equal(WallControlMode.Paused, paused!.Control.Mode);
        Assert.True(alarms!.Control.AlarmOnly);
        await OpsEventBusTests.Until(() => heard?.Control.AlarmOnly == true);
        Assert.Equal(WallControlMode.Paused, heard!.Control.Mode);
        Assert.Null(await screens.CommandAsync(99_999, WallCommand.Next, Official));
        Assert.Null(await screens.CommandAsync(governor.Id, WallCommand.Next, Official with { ProvinceCode = "13" }));
        Assert.Null(await screens.CommandAsync(governor.Id, WallCommand.Next, Actor.Screen("19")));
    }
}
