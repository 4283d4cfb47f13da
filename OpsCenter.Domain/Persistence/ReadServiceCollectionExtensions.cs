using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace OpsCenter.Domain.Persistence;

public static class ReadServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="IReadDbContextFactory"/> on ConnectionStrings:OpsCenterRead when it is set (PostgreSQL only; list the
    /// replica then the primary with <c>Target Session Attributes=prefer-standby</c> so reads survive the replica), else
    /// on the primary.
    /// </summary>
    public static IServiceCollection AddReadDbContextFactory(this IServiceCollection services, IConfiguration configuration, DatabaseProvider provider)
    {
        services.Configure<ReadOptions>(configuration.GetSection(ReadOptions.Section));
        var readConnection = configuration.GetConnectionString(ReadOptions.ConnectionStringName);
        DbContextOptions<OpsDbContext>? readOptions = null;
        if (!string.IsNullOrWhiteSpace(readConnection))
        {
            if (provider != DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException($"ConnectionStrings:{ReadOptions.ConnectionStringName} is set but Database:Provider is {provider}; a read replica needs Postgres.");
            }

            var builder = new DbContextOptionsBuilder<OpsDbContext>();
            DomainServiceCollectionExtensions.Configure(builder, provider, readConnection);
            readOptions = builder.Options;
        }

        services.AddSingleton<IReadDbContextFactory>(sp => new ReadDbContextFactory(
            sp.GetRequiredService<IDbContextFactory<OpsDbContext>>(), readOptions, sp.GetRequiredService<IOptions<ReadOptions>>().Value));
        return services;
    }
}
