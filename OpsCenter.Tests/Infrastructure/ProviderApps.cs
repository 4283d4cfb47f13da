using OpsCenter.Domain.Persistence;

namespace OpsCenter.Tests.Infrastructure;

/// <summary>
/// One seeded app per provider, built on first use and shared by the tests of a class; the tests add their own rows
/// and never rely on what another test left behind.
/// </summary>
public abstract class ProviderApps(IReadOnlyDictionary<string, string?>? settings = null) : IAsyncLifetime
{
    private readonly Dictionary<DatabaseProvider, OpsAppFactory> _apps = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<OpsAppFactory> ForAsync(DatabaseProvider provider)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_apps.TryGetValue(provider, out var app))
            {
                app = new OpsAppFactory(provider, settings);
                await app.InitializeAsync();
                _ = app.Services;
                _apps[provider] = app;
            }

            return app;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values)
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }

        _gate.Dispose();
    }
}
