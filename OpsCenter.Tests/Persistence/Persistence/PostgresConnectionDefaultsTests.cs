using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Persistence;

public sealed class PostgresConnectionDefaultsTests
{
    [Fact]
    public void Apply_PreparesRepeatedStatements_AndPlansEachForItsValues()
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply("Host=db;Database=opscenter;Username=ops"));

        Assert.Equal(PostgresConnectionDefaults.MaxAutoPrepare, applied.MaxAutoPrepare);
        Assert.Equal(PostgresConnectionDefaults.AutoPrepareMinUsages, applied.AutoPrepareMinUsages);
        Assert.Equal("-c plan_cache_mode=force_custom_plan", applied.Options);
        Assert.Equal("db", applied.Host);
        Assert.Equal("opscenter", applied.Database);
    }

    [Fact]
    public void Apply_AddsCustomPlansToTheOperatorsOptions()
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply("Host=db;Options=-c statement_timeout=5000"));
        Assert.Equal("-c statement_timeout=5000 -c plan_cache_mode=force_custom_plan", applied.Options);

        var generic = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply("Host=db;Options=-c plan_cache_mode=auto"));
        Assert.Equal(PostgresConnectionDefaults.MaxAutoPrepare, generic.MaxAutoPrepare);
        Assert.Equal("-c plan_cache_mode=auto", generic.Options);
    }

    [Theory]
    [InlineData("Host=db;MaxAutoPrepare=0")]
    [InlineData("Host=pgbouncer;Port=6432;Max Auto Prepare=0")]
    [InlineData("Host=db;max auto prepare=20;Auto Prepare Min Usages=3")]
    public void Apply_LeavesAStringThatNamesMaxAutoPrepareWhole(string connectionString) =>
        Assert.Equal(connectionString, PostgresConnectionDefaults.Apply(connectionString));

    [PostgresFact]
    public async Task TheAppsContexts_KeepARepeatedQueryPrepared_WithCustomPlans()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = nameof(DatabaseProvider.Postgres),
            [$"ConnectionStrings:{DomainServiceCollectionExtensions.ConnectionStringName}"] = database.ConnectionString,
        }).Build();
        await using var provider = new ServiceCollection().AddLogging().AddOpsDomain(configuration, Path.GetTempPath()).BuildServiceProvider();
        var factory = provider.GetRequiredService<IDbContextFactory<OpsDbContext>>();
        await using (var migrate = await factory.CreateDbContextAsync())
        {
            await migrate.Database.MigrateAsync();
        }

        // Three contexts, as three requests would: the pool hands back the same connection and keeps what it prepared.
        for (var i = 0; i < 3; i++)
        {
            await using var db = await factory.CreateDbContextAsync();
            Assert.Equal(0, await db.Set<CitizenReport>().CountAsync(r => r.ProvinceCode == "19"));
        }

        await using var check = await factory.CreateDbContextAsync();
        var connection = (NpgsqlConnection)check.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var prepared = new NpgsqlCommand("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%citizen_reports%'", connection);
        Assert.True((long)(await prepared.ExecuteScalarAsync())! >= 1);
        await using var mode = new NpgsqlCommand("SHOW plan_cache_mode", connection);
        Assert.Equal("force_custom_plan", await mode.ExecuteScalarAsync());
    }
}
