using System.Net;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Operations;

public sealed class HealthTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Healthz_DatabaseReachable_Answers200(DatabaseProvider provider)
    {
        await using var app = new OpsAppFactory(provider);
        await app.InitializeAsync();
        using var client = app.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_DatabaseUnreachable_Answers503()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:OpsCenter"] = "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2",
            ["Database:MigrateOnStartup"] = "false",
            ["Demo:Seed"] = "false",
        };
        await using var app = new OpsAppFactory(DatabaseProvider.Sqlite, settings);
        await app.InitializeAsync();
        using var client = app.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
