using System.Collections.Concurrent;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Catalog;

/// <summary>One seeded app per provider, started on first use and shared by the catalog and KPI web tests.</summary>
public sealed class CatalogApps : IAsyncLifetime
{
    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<OpsAppFactory>>> _apps = new();

    public Task<OpsAppFactory> For(DatabaseProvider provider) =>
        _apps.GetOrAdd(provider, p => new Lazy<Task<OpsAppFactory>>(async () =>
        {
            var app = new OpsAppFactory(p);
            await app.InitializeAsync();
            _ = app.Services;
            return app;
        })).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values.Where(a => a.IsValueCreated))
        {
            await ((IAsyncLifetime)await app.Value).DisposeAsync();
        }
    }

    /// <summary>Waits for the first event of a kind on the app's bus after <paramref name="act"/> runs.</summary>
    public static async Task<OpsEvent> AwaitEventAsync(OpsAppFactory app, string kind, Func<Task> act)
    {
        var seen = new TaskCompletionSource<OpsEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        var bus = (IOpsEventBus)app.Services.GetService(typeof(IOpsEventBus))!;
        using var subscription = bus.Subscribe((e, _) =>
        {
            if (e.Kind == kind)
            {
                seen.TrySetResult(e);
            }

            return Task.CompletedTask;
        }, "test");
        await act();
        return await seen.Task.WaitAsync(TimeSpan.FromSeconds(20));
    }
}

[CollectionDefinition(Name)]
public sealed class CatalogAppsCollection : ICollectionFixture<CatalogApps>
{
    public const string Name = "catalog apps";
}
