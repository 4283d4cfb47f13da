using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.DesignTime;

/// <summary>
/// `dotnet ef` builds the context with SQLite because scaffolding a migration needs a provider but no database; what it
/// writes is made provider-neutral by <see cref="ProviderNeutralMigrationsGenerator"/>.
/// </summary>
public sealed class OpsDbContextDesignFactory : IDesignTimeDbContextFactory<OpsDbContext>
{
    public OpsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<OpsDbContext>();
        DomainServiceCollectionExtensions.Configure(options, DatabaseProvider.Sqlite, "Data Source=:memory:");
        return new OpsDbContext(options.Options);
    }
}
