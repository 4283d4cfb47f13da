using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Transforms;

namespace OpsCenter.Proxy;

/// <summary>YARP's route and cluster for the app instances: everything goes to one cluster of equal instances.</summary>
public static class InstanceCluster
{
    public const string Id = "instances";

    public static RouteConfig[] Routes() =>
    [
        // The instances see the browser's Host: the app checks a circuit's Origin against it, and builds links from it.
        new RouteConfig { RouteId = "all", ClusterId = Id, Match = new RouteMatch { Path = "{**rest}" } }.WithTransformUseOriginalHostHeader(),
    ];

    public static ClusterConfig[] Clusters(ProxyOptions options) =>
    [
        new ClusterConfig
        {
            ClusterId = Id,
            LoadBalancingPolicy = "RoundRobin",
            // A circuit's negotiate, WebSocket and long-polling fallback requests must all reach the process that holds
            // it; when that instance is out, the browser is sent to another and gets a new cookie (its page reconnects).
            SessionAffinity = new SessionAffinityConfig
            {
                Enabled = true,
                Policy = "HashCookie",
                FailurePolicy = "Redistribute",
                AffinityKeyName = options.AffinityCookie,
                Cookie = new SessionAffinityCookieConfig { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true },
            },
            HealthCheck = new HealthCheckConfig
            {
                Active = new ActiveHealthCheckConfig
                {
                    Enabled = true,
                    Interval = options.HealthInterval,
                    Timeout = TimeSpan.FromSeconds(3),
                    Policy = "ConsecutiveFailures",
                    Path = "/healthz",
                },
                // Requests that fail in transport count too (a rate over the last minute): an instance that answers its
                // probe but fails requests is taken out; a dead one is found by the probe.
                Passive = new PassiveHealthCheckConfig { Enabled = true, Policy = "TransportFailureRate", ReactivationPeriod = options.HealthInterval * 2 },
                AvailableDestinationsPolicy = "HealthyOrPanic",
            },
            Destinations = options.InstanceAddresses()
                .Select((address, index) => (Key: $"instance-{index + 1}", Value: new DestinationConfig { Address = address.ToString() }))
                .ToDictionary(d => d.Key, d => d.Value),
        },
    ];
}
