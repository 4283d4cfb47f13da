using OpsCenter.Domain.Persistence;

namespace OpsCenter.Tests.Infrastructure;

/// <summary>The app on a real loopback port, for browser tests.</summary>
public class KestrelApp() : OpsAppFactory(DatabaseProvider.Sqlite)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartKestrel();
    }
}
