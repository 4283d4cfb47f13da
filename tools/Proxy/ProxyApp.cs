namespace OpsCenter.Proxy;

public static class ProxyApp
{
    private static readonly Dictionary<string, string> Switches = new()
    {
        ["--instances"] = $"{ProxyOptions.Section}:{nameof(ProxyOptions.Instances)}",
        ["--affinity-cookie"] = $"{ProxyOptions.Section}:{nameof(ProxyOptions.AffinityCookie)}",
        ["--health-interval"] = $"{ProxyOptions.Section}:{nameof(ProxyOptions.HealthInterval)}",
    };

    /// <summary>The proxy, listening on <c>--urls</c> and forwarding to <c>--instances</c>.</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddCommandLine(args, Switches);
        var options = builder.Configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
        if (options.InstanceAddresses().Count == 0)
        {
            throw new ArgumentException("Proxy:Instances is empty: pass --instances http://127.0.0.1:5001,http://127.0.0.1:5002");
        }

        builder.Services.AddReverseProxy().LoadFromMemory(InstanceCluster.Routes(), InstanceCluster.Clusters(options));
        var app = builder.Build();
        app.MapReverseProxy(pipeline =>
        {
            pipeline.UseSessionAffinity();
            pipeline.UseLoadBalancing();
            pipeline.UsePassiveHealthChecks();
        });
        return app;
    }
}
