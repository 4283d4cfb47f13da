using Yarp.ReverseProxy.Transforms;

namespace OpsCenter.Proxy;

public static class ProxyApp
{
    public const string InstanceHeader = "X-OpsCenter-Instance";

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
        // The instances hold each route to its own limit (dataset uploads take 100 MB); Kestrel's 30 MB would cut them here.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = null);
        var options = builder.Configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
        if (options.InstanceAddresses().Count == 0)
        {
            throw new ArgumentException("Proxy:Instances is empty: pass --instances http://127.0.0.1:5001,http://127.0.0.1:5002");
        }

        builder.Services.AddReverseProxy()
            .LoadFromMemory(InstanceCluster.Routes(), InstanceCluster.Clusters(options))
            .AddTransforms(transforms => transforms.AddResponseTransform(NameTheInstance));
        var app = builder.Build();
        app.MapReverseProxy(pipeline =>
        {
            pipeline.UseSessionAffinity();
            pipeline.UseLoadBalancing();
            pipeline.UsePassiveHealthChecks();
        });
        return app;
    }

    /// <summary>Which instance answered, for operators and tests (the affinity cookie itself is opaque).</summary>
    private static ValueTask NameTheInstance(ResponseTransformContext context)
    {
        if (context.HttpContext.GetReverseProxyFeature().ProxiedDestination is { } destination)
        {
            context.HttpContext.Response.Headers[InstanceHeader] = destination.DestinationId;
        }

        return ValueTask.CompletedTask;
    }
}
