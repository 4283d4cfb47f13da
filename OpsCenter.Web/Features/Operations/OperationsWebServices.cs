using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using OpsCenter.Domain.Operations;

namespace OpsCenter.Web.Features.Operations;

public static class OperationsWebServices
{
    public static WebApplicationBuilder AddOperationsWeb(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(OperationsOptions.Section);
        builder.Services.Configure<OperationsOptions>(section);
        var options = section.Get<OperationsOptions>() ?? new OperationsOptions();

        builder.Services.AddSingleton<DatabaseProbe>();
        builder.Services.AddSingleton<ReplicaLagProbe>();
        builder.Services.AddSingleton<DatabaseMonitor>();
        builder.Services.AddSingleton<LastGoodAnswers>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseMonitor>());
        builder.Services.AddScoped<CircuitHandler, CircuitCounter>();

        var telemetry = builder.Services.AddOpenTelemetry().ConfigureResource(r => r.AddService("opscenter"));
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter(OpsMetrics.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation();
            if (options.PrometheusEndpoint)
            {
                metrics.AddPrometheusExporter();
            }

            if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint))
            {
                metrics.AddOtlpExporter(o => o.Endpoint = new Uri(options.OtlpEndpoint));
            }
        });
        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint))
        {
            telemetry.WithTracing(tracing => tracing.AddSource(OpsMetrics.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation()
                .AddOtlpExporter(o => o.Endpoint = new Uri(options.OtlpEndpoint)));
        }

        return builder;
    }

    /// <summary>Outermost: the error policy sees every failure; the guards run before any endpoint reads a byte.</summary>
    public static WebApplication UseErrorPolicy(this WebApplication app)
    {
        app.UseMiddleware<ErrorPolicy>();
        return app;
    }

    /// <summary>After authentication: only anonymous reads are kept and served from memory during an outage.</summary>
    public static WebApplication UseLastGoodReads(this WebApplication app)
    {
        app.UseMiddleware<LastGoodReads>();
        return app;
    }

    public static WebApplication UseRequestGuards(this WebApplication app)
    {
        app.UseMiddleware<RequestGuards>();
        return app;
    }

    public static WebApplication MapOperationsEndpoints(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<OperationsOptions>>().Value.PrometheusEndpoint)
        {
            // Operators scrape from the machine or their own network, never the public.
            var networks = app.Services.GetRequiredService<IOptions<OperationsOptions>>().Value.MetricsNetworks.Select(System.Net.IPNetwork.Parse).ToList();
            app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous().AddEndpointFilter(async (context, next) =>
            {
                var remote = context.HttpContext.Connection.RemoteIpAddress;
                var allowed = remote is null || System.Net.IPAddress.IsLoopback(remote) || networks.Any(n => n.Contains(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote));
                return allowed ? await next(context) : TypedResults.NotFound();
            });
        }

        return app;
    }
}
