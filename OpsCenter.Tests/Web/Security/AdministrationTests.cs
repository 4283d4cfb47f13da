using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Audit;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Security;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Security;

public sealed class AdministrationTests(ClockedSecurityApp app) : IClassFixture<ClockedSecurityApp>
{
    [Fact]
    public async Task RoleChange_IsAudited_AndTakesEffectOnTheOpenSession()
    {
        var name = await SecurityApps.CreateUserAsync(app.Services, OpsRoles.Official);
        using var client = app.CreateBrowserLikeClient();
        await client.SignInAsync(name, OpsAppFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/reports")).StatusCode);
        var admin = await ActorAsync("admin");
        var userId = (await ActorAsync(name)).UserId;

        Assert.True(await app.Services.GetRequiredService<UserAdministration>().SetRolesAsync(userId, [OpsRoles.DataSteward], admin));
        app.Clock.Advance(TimeSpan.FromMinutes(1));

        var response = await client.GetAsync("/reports");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // The new security stamp ends the session; signing in again gives the new role's rights.
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var entry = Assert.Single(await app.Services.GetRequiredService<IAuditLog>().ForSubjectAsync("user", userId), e => e.Action == AuditActions.UserRolesChanged);
        Assert.Equal("admin", entry.UserName);
        Assert.Equal("Official -> DataSteward", entry.Detail);
    }

    [Fact]
    public async Task Admin_CannotDisableThemselves_OrDropTheirOwnAdminRole()
    {
        var admin = await ActorAsync("admin");
        var users = app.Services.GetRequiredService<UserAdministration>();

        Assert.False(await users.SetDisabledAsync(admin.UserId, true, admin));
        Assert.False(await users.SetRolesAsync(admin.UserId, [OpsRoles.Official], admin));
        Assert.False(await users.SetRolesAsync(admin.UserId, ["Superuser"], admin));
    }

    [Fact]
    public async Task ProvinceAdmin_CannotGrantTheNationalRole_NorTouchAnotherProvincesPeople()
    {
        var admin = await ActorAsync("admin");
        var users = app.Services.GetRequiredService<UserAdministration>();
        var local = (await ActorAsync(await SecurityApps.CreateUserAsync(app.Services, OpsRoles.Official))).UserId;
        var elsewhere = (await ActorAsync(await SecurityApps.CreateUserAsync(app.Services, OpsRoles.Official, "13"))).UserId;

        Assert.False(await users.SetRolesAsync(local, [OpsRoles.National], admin));
        Assert.False(await users.SetRolesAsync(elsewhere, [OpsRoles.Presenter], admin));
        Assert.False(await users.SetDisabledAsync(elsewhere, true, admin));
        Assert.DoesNotContain((await users.PageAsync(admin, new UserFilter(), new PageRequest(Size: PageRequest.MaxSize))).Rows, u => u.Id == elsewhere);
        Assert.Contains((await users.PageAsync(admin, new UserFilter(), new PageRequest(Size: PageRequest.MaxSize))).Rows, u => u.Id == local);
        Assert.DoesNotContain((await users.PageAsync(admin, new UserFilter(), new PageRequest(Size: PageRequest.MaxSize))).Rows, u => u.Roles.Contains(OpsRoles.National));
    }

    [Fact]
    public async Task AuditViewer_ShowsEntriesToAdmins_AndNoOneElse()
    {
        var target = await SecurityApps.CreateUserAsync(app.Services, OpsRoles.Presenter);
        await app.Services.GetRequiredService<UserAdministration>().SetDisabledAsync((await ActorAsync(target)).UserId, true, await ActorAsync("admin"));
        using var admin = app.CreateBrowserLikeClient();
        await admin.SignInAsync("admin", OpsAppFactory.DemoPassword);
        using var official = app.CreateBrowserLikeClient();
        await official.SignInAsync("official", OpsAppFactory.DemoPassword);

        var html = await admin.GetStringAsync("/admin/audit");
        var refused = await official.GetAsync("/admin/audit");

        Assert.Contains("data-testid=\"audit-table\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("data-testid=\"users-table\"", await admin.GetStringAsync("/admin/users"), StringComparison.Ordinal);

        // The grids read their rows from the query once interactive (the browser tests see them); the query is what they show.
        var entries = await app.Services.GetRequiredService<AuditQuery>().FindAsync(await ActorAsync("admin"), new AuditFilter(Action: AuditActions.UserDisabled), new PageRequest(Size: PageRequest.MaxSize));
        Assert.Contains(entries.Rows, e => e.Detail == target);
        var people = await app.Services.GetRequiredService<UserAdministration>().PageAsync(await ActorAsync("admin"), new UserFilter(target), new PageRequest());
        Assert.Equal(target, Assert.Single(people.Rows).UserName);
    }

    private async Task<Actor> ActorAsync(string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OpsUser>>();
        var user = await users.FindByNameAsync(userName);
        return Actor.Staff(user!.Id, userName, user.ProvinceCode, user.AgencyId, await users.GetRolesAsync(user));
    }
}
