using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Persistence;

public sealed class PostgresConfigurationTests
{
    [PostgresFact]
    public void PostgresServer_IsConfigured_ForThisRun() => Assert.True(PostgresServer.IsConfigured);
}
