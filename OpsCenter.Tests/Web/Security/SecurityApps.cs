using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Security;

public static class SecurityApps
{
    /// <summary>A small demo, and circuits that re-check their user every two seconds so tests see a revocation quickly.</summary>
    public static readonly Dictionary<string, string?> Settings = new()
    {
        ["Demo:ReportsPerProvince"] = "120",
        ["Security:RevalidationInterval"] = "00:00:02",
        ["Reports:PermitsPerMinute"] = "1000000",
    };

    /// <summary>Creates a user of its own for a test that disables, deletes or re-stamps it, so shared demo accounts stay intact.</summary>
    public static async Task<string> CreateUserAsync(IServiceProvider services, string role, string province = "19")
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OpsUser>>();
        var name = "t" + Guid.NewGuid().ToString("N")[..10];
        var user = new OpsUser { UserName = name, DisplayName = "ผู้ใช้ทดสอบ " + name, ProvinceCode = province };
        var created = await users.CreateAsync(user, OpsAppFactory.DemoPassword);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return name;
    }

    public static async Task ChangeUserAsync(IServiceProvider services, string userName, Func<UserManager<OpsUser>, OpsUser, Task> change)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OpsUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        await change(users, user);
    }
}

/// <summary>The app on a loopback port behind a TLS proxy on the same machine (loopback named as a known proxy).</summary>
public sealed class SecurityKestrelApp() : OpsAppFactory(DatabaseProvider.Sqlite, new Dictionary<string, string?>(SecurityApps.Settings) { ["Security:KnownProxies:0"] = "127.0.0.1" })
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartKestrel();
    }
}

/// <summary>The app on a clock the test moves, with a 30-minute idle timeout and a 2-hour absolute lifetime.</summary>
public sealed class ClockedSecurityApp() : OpsAppFactory(DatabaseProvider.Sqlite, new Dictionary<string, string?>(SecurityApps.Settings)
{
    ["Security:IdleTimeout"] = "00:30:00",
    ["Security:AbsoluteLifetime"] = "02:00:00",
})
{
    public ManualClock Clock { get; } = TestClock.Manual();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
