using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Persistence;
using OpsCenter.DesignTime;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Persistence;

/// <summary>
/// `dotnet ef` scaffolds with SQLite, and <see cref="ProviderNeutralMigrationsGenerator"/> rewrites what it writes so
/// that one migration set serves both providers. These check the two things a developer can get wrong: a model change
/// without a migration, and a rewrite that leaves something only one provider understands.
/// </summary>
public sealed class DesignTimeMigrationsTests
{
    [Fact]
    public void ModelSnapshot_MatchesTheModel_SoNoMigrationIsMissing()
    {
        using var design = new OpsDbContextDesignFactory().CreateDbContext([]);
        var services = new ServiceCollection().AddEntityFrameworkDesignTimeServices().AddDbContextDesignTimeServices(design);
        ProviderDesignServices(design).ConfigureDesignTimeServices(services);
        new ProviderNeutralDesignServices().ConfigureDesignTimeServices(services);
        using var provider = services.BuildServiceProvider();

        var probe = provider.GetRequiredService<IMigrationsScaffolder>()
            .ScaffoldMigration("Probe", "OpsCenter.Domain", "Persistence.Migrations");

        Assert.False(
            probe.MigrationCode.Contains("migrationBuilder.", StringComparison.Ordinal),
            "The model changed without a migration: run `dotnet ef migrations add <Name> --project OpsCenter.Domain "
            + "--startup-project tools/DesignTime --output-dir Persistence/Migrations` (README, Migrations). It would write:\n"
            + probe.MigrationCode);
    }

    // What `dotnet ef` does to find the provider's design-time services, without naming its internal type.
    private static IDesignTimeServices ProviderDesignServices(DbContext db)
    {
        var assembly = Assembly.Load(new AssemblyName(db.Database.ProviderName!));
        var attribute = assembly.GetCustomAttribute<DesignTimeProviderServicesAttribute>()!;
        return (IDesignTimeServices)Activator.CreateInstance(assembly.GetType(attribute.TypeName, throwOnError: true)!)!;
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ScaffoldedOperations_AfterTheRewrite_BuildTheModelsSchema(DatabaseProvider provider)
    {
        await using var scaffoldedDb = await TestDatabase.CreateAsync(provider);
        await using var createdDb = await TestDatabase.CreateAsync(provider);
        await using (var design = new OpsDbContextDesignFactory().CreateDbContext([]))
        await using (var db = DbContexts.For(scaffoldedDb))
        {
            var operations = design.GetService<IMigrationsModelDiffer>()
                .GetDifferences(null, design.GetService<IDesignTimeModel>().Model.GetRelationalModel());
            ProviderNeutralMigrationsGenerator.Rewrite(operations);

            var commands = db.GetService<IMigrationsSqlGenerator>().Generate(operations, db.Model);
            await db.GetService<IMigrationCommandExecutor>()
                .ExecuteNonQueryAsync(commands, db.GetService<IRelationalConnection>());
        }

        await using (var db = DbContexts.For(createdDb))
        {
            await db.Database.EnsureCreatedAsync();
        }

        var scaffolded = await SchemaTests.ColumnsAsync(scaffoldedDb);
        var created = await SchemaTests.ColumnsAsync(createdDb);
        Assert.Equal(created.Except(scaffolded).Order(), scaffolded.Except(created).Order());
    }
}
