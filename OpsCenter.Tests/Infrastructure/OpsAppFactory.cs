using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Tests.Infrastructure;

/// <summary>
/// The real app (real DI container, real database) on a fresh database of one provider. With <see cref="StartKestrel"/>
/// it listens on a loopback port so a real browser can reach it.
/// </summary>
public class OpsAppFactory(DatabaseProvider provider, IReadOnlyDictionary<string, string?>? settings = null, TestDatabase? sharedDatabase = null)
    : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "Test-Password-2569!";

    private readonly bool _ownsDatabase = sharedDatabase is null;
    private TestDatabase? _database = sharedDatabase;

    /// <summary>Each app its own warehouse cache, as each instance of the real app has: nothing is shared between tests.</summary>
    private readonly string _warehouse = Path.Combine(Path.GetTempPath(), "opscenter-test-warehouse-" + Guid.NewGuid().ToString("N"));

    public DatabaseProvider Provider => provider;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("Call InitializeAsync first.");

    /// <summary>The base address of the Kestrel listener after <see cref="StartKestrel"/>.</summary>
    public Uri ServerAddress => ClientOptions.BaseAddress;

    public virtual async Task InitializeAsync() => _database ??= await TestDatabase.CreateAsync(provider);

    public void StartKestrel()
    {
        UseKestrel(0);
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting($"ConnectionStrings:{DomainServiceCollectionExtensions.ConnectionStringName}", Database.ConnectionString);
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("Demo:ReportsPerProvince", "800");
        builder.UseSetting("Warehouse:CacheDirectory", _warehouse);

        // The app's default seeds Saraburi and Pathum Thani; most tests need one province (duplicates collapse), and the
        // tests of province scoping set the second index back to 13.
        builder.UseSetting("Demo:Provinces:1", "19");

        // Staff notices reach the notification centre with no channel configured, so the delivery loop and its start-up
        // sweep would write rows and outbox events behind every test's back; the notification tests run them on their clock.
        builder.UseSetting("Notifications:Enabled", "false");
        builder.ConfigureLogging(logging => logging.ClearProviders());
        builder.ConfigureTestServices(services => services.AddSingleton(TestClock.Provider));
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (Directory.Exists(_warehouse))
        {
            Directory.Delete(_warehouse, recursive: true);
        }

        if (_database is not null && _ownsDatabase)
        {
            await _database.DisposeAsync();
        }
    }
}

/// <summary>One seeded app per provider, shared by the tests of a class that only read or add their own rows.</summary>
public sealed class SqliteApp() : OpsAppFactory(DatabaseProvider.Sqlite);

public sealed class PostgresApp() : OpsAppFactory(DatabaseProvider.Postgres);
