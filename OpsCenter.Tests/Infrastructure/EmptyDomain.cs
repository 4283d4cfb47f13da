using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Tests.Infrastructure;

/// <summary>
/// The real domain services over a migrated, empty SQLite database, for component tests of forms that call a service
/// themselves: nothing exists, so a valid submit reaches the service and comes back with its refusal.
/// </summary>
public static class EmptyDomain
{
    public static TestDatabase AddOverEmptyDatabase(this IServiceCollection services)
    {
        var database = TestDatabase.CreateAsync(DatabaseProvider.Sqlite).GetAwaiter().GetResult();
        using (var db = DbContexts.For(database))
        {
            db.Database.Migrate();
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = nameof(DatabaseProvider.Sqlite),
            [$"ConnectionStrings:{DomainServiceCollectionExtensions.ConnectionStringName}"] = database.ConnectionString,
            // Each database its own warehouse cache: the cache's sweep removes files of versions its database does not have.
            ["Warehouse:CacheDirectory"] = Path.Combine(Path.GetTempPath(), "opscenter-test-warehouse-" + Guid.NewGuid().ToString("N")),
        }).Build();
        services.AddLogging();
        services.AddOpsDomain(configuration, Path.GetTempPath());
        return database;
    }
}
