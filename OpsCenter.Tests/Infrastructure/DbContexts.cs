using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Tests.Infrastructure;

internal static class DbContexts
{
    public static OpsDbContext For(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<OpsDbContext>();
        DomainServiceCollectionExtensions.Configure(options, database.Provider, database.ConnectionString);
        return new OpsDbContext(options.Options);
    }

    public static IDbContextFactory<OpsDbContext> FactoryFor(TestDatabase database) => new Factory(database);

    private sealed class Factory(TestDatabase database) : IDbContextFactory<OpsDbContext>
    {
        public OpsDbContext CreateDbContext() => For(database);
    }
}
