using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Audit;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Maps;
using OpsCenter.Domain.Notifications;
using OpsCenter.Domain.Overview;
using OpsCenter.Domain.Persistence.Demo;
using OpsCenter.Domain.Proposals;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Review;
using OpsCenter.Domain.Security;
using OpsCenter.Domain.Wall;
using OpsCenter.Domain.Warehouse;

namespace OpsCenter.Domain.Persistence;

public static class DomainServiceCollectionExtensions
{
    public const string ConnectionStringName = "OpsCenter";

    /// <summary>Registers storage, identity stores, the event bus and demo seeding. <paramref name="contentRoot"/> anchors the default SQLite file.</summary>
    public static IServiceCollection AddOpsDomain(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.Section));
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (database.Provider != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException($"Database:Provider is {database.Provider} but ConnectionStrings:{ConnectionStringName} is not set.");
            }

            connectionString = DefaultSqliteConnectionString(contentRoot);
        }
        else if (database.Provider == DatabaseProvider.Postgres)
        {
            connectionString = PostgresConnectionDefaults.Apply(connectionString);
        }

        services.AddDbContextFactory<OpsDbContext>(options => Configure(options, database.Provider, connectionString));
        services.AddReadDbContextFactory(configuration, database.Provider);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<OpsEventBus>();
        services.AddSingleton<IOpsEventBus>(sp => sp.GetRequiredService<OpsEventBus>());
        services.AddDataProtection().SetApplicationName("OpsCenter");
        services.AddSingleton<DatabaseXmlRepository>();
        services.AddOptions<KeyManagementOptions>()
            .Configure<DatabaseXmlRepository>((options, repository) => options.XmlRepository = repository);
        services.AddSingleton<DemoSeeder>();
        services.AddSingleton<DemoVolume>();
        services.AddSingleton<NationalVolume>();
        services.AddSingleton<DemoCatalogVolume>();
        services.AddSingleton<DatabaseInitializer>();

        services.AddIdentityCore<OpsUser>(options =>
            {
                options.User.RequireUniqueEmail = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Password.RequiredLength = 10;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<OpsDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<OpsClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();
        services.AddSingleton<ProvinceOverviewQuery>();
        services.AddSingleton<Reports.Tallies.ReportTallyMaintenance>();
        services.AddSingleton<Reports.Tallies.TallyFolding>();
        services.AddSingleton(sp => new Reports.Tallies.TallyReading(sp.GetRequiredService<Reports.Tallies.TallyFolding>()) { Enabled = configuration.GetValue("Reports:ReadTallies", true) });
        services.AddSingleton(new Reports.Tallies.TallyFoldingOptions(configuration.GetValue("Reports:TallyFoldSeconds", 1.0)));
        services.AddSingleton<National.NationalRollupQuery>();
        services.AddBudgetDomain(configuration);
        services.AddProposalsDomain(configuration);
        services.Configure<Areas.InstallationOptions>(configuration.GetSection(Areas.InstallationOptions.Section));
        services.AddSingleton<Areas.InstallationProvince>();
        services.AddSingleton<Demo.DemoStatus>();
        services.AddSingleton<Areas.Boundaries.BoundaryImporter>();
        services.AddSingleton<Areas.Boundaries.AreaBoundaries>();
        services.AddSingleton<Areas.IAreaLocator, Areas.BoundaryAreaLocator>();
        services.AddSingleton<Areas.Boundaries.ShippedBoundaryUpgrade>();
        services.AddCatalogDomain();
        services.AddWarehouseDomain(configuration, contentRoot);
        services.AddKpisDomain(configuration);
        services.AddReportsDomain(configuration);
        services.AddAuditDomain();
        services.AddSecurityDomain();
        services.AddEventsDomain(configuration);
        services.AddWallDomain(configuration);
        services.AddReviewDomain(configuration);
        services.AddMapsDomain(configuration);
        services.AddNotificationsDomain(configuration);
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        _ = provider switch
        {
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString),
            _ => options.UseSqlite(connectionString),
        };

        // The model snapshot is written with SQLite's column types, so at run time PostgreSQL would always see "changes";
        // tests check the snapshot against the model at design time, and the migrated schema on both providers.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    private static string DefaultSqliteConnectionString(string contentRoot)
    {
        var folder = Path.Combine(contentRoot, "App_Data");
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "opscenter.db"), DefaultTimeout = 30 }.ToString();
    }
}
