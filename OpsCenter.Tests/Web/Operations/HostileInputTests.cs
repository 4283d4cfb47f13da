using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Proposals;
using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpsCenter.Tests.Web.Operations;

public sealed class HostileApps() : ProviderApps(new Dictionary<string, string?> { ["Demo:ReportsPerProvince"] = "120", ["Reports:PermitsPerMinute"] = "1000000" });

/// <summary>
/// Every endpoint the app maps (from its route table) and every operation its OpenAPI document describes, hit with thousands of hostile requests, anonymous and signed in: no answer is a 5xx,
/// none shows a stack trace or an internal name, and nothing is written by any of them. (/metrics, which answers only
/// loopback and operators' networks, names the app's own instruments and is left out of the leak check.)
/// </summary>
public sealed class HostileInputTests(HostileApps apps, ITestOutputHelper output) : IClassFixture<HostileApps>
{
    /// <summary>What must never reach a caller: stack frames, exception types, the app's and its libraries' namespaces.</summary>
    private static readonly string[] Leaks = ["   at ", "Exception:", "Exception ", "OpsCenter.Domain.", "OpsCenter.Web.Features", "OpsCenter.Web.Shared", "Npgsql", "Microsoft.EntityFrameworkCore", "SQLite Error", "System.Private"];

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryEndpoint_SurvivesHostileInput_WithoutA5xxALeakOrAWrite(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        using var anonymous = app.CreateBrowserLikeClient();
        using var admin = app.CreateBrowserLikeClient();
        await admin.SignInAsync("admin", OpsAppFactory.DemoPassword);
        var before = await CountsAsync(app);

        var endpoints = HostileRequests.Endpoints(app.Services);
        using var document = System.Text.Json.JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json"));
        var documented = OpenApiHostileRequests.From(document).ToList();
        var requests = endpoints.SelectMany((e, i) => HostileRequests.For(e.Method, e.Template, i)).Concat(documented).ToList();
        var histogram = new ConcurrentDictionary<int, int>();
        var failures = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(requests.Select((r, i) => (Request: r, Index: i)), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (item, ct) =>
        {
            var (request, index) = item;
            using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.PathAndQuery);
            if (request.Body is { } body)
            {
                message.Content = new ByteArrayContent(body);
                if (request.ContentType is { } type)
                {
                    message.Content.Headers.TryAddWithoutValidation("Content-Type", type);
                }
            }

            using var response = await (index % 2 == 0 ? anonymous : admin).SendAsync(message, ct);
            var status = (int)response.StatusCode;
            histogram.AddOrUpdate(status, 1, (_, n) => n + 1);
            var text = await response.Content.ReadAsStringAsync(ct);
            if (status >= 500)
            {
                failures.Add($"{status} {request.Method} {Cut(request.PathAndQuery)} ({request.Name}): {Cut(text)}");
            }
            else if (!request.PathAndQuery.StartsWith("/metrics", StringComparison.Ordinal)
                     && Leaks.FirstOrDefault(l => WithoutComments(text).Contains(l, StringComparison.Ordinal)) is { } leak)
            {
                var at = WithoutComments(text).IndexOf(leak, StringComparison.Ordinal);
                failures.Add($"leaks '{leak}': {request.Method} {Cut(request.PathAndQuery)} ({request.Name}): …{WithoutComments(text).Substring(Math.Max(0, at - 80), Math.Min(160, WithoutComments(text).Length - Math.Max(0, at - 80)))}…");
            }
        });

        output.WriteLine($"{requests.Count} hostile requests ({documented.Count} from the OpenAPI document) to {endpoints.Count} endpoints on {provider}; statuses: "
                         + string.Join(", ", histogram.OrderBy(h => h.Key).Select(h => $"{h.Key}×{h.Value}")));
        Assert.True(requests.Count >= 5000, $"only {requests.Count} requests");
        Assert.True(documented.Count >= 500, $"only {documented.Count} requests from the OpenAPI document");
        Assert.True(failures.IsEmpty, $"{failures.Count} failures:\n{string.Join('\n', failures.Take(40))}");
        Assert.Equal(before, await CountsAsync(app));
    }

    /// <summary>Blazor's prerender markers (HTML comments) name the page's components by design; they are not a leak.</summary>
    private static string WithoutComments(string html) => System.Text.RegularExpressions.Regex.Replace(html, "<!--.*?-->", "", System.Text.RegularExpressions.RegexOptions.Singleline);

    private static string Cut(string text) => text.Length > 160 ? text[..160] + "…" : text;

    private static async Task<(int, int, int, int, int)> CountsAsync(OpsAppFactory app)
    {
        await using var db = DbContexts.For(app.Database);
        return (await db.Set<CitizenReport>().CountAsync(), await db.Set<CitizenProposal>().CountAsync(), await db.Set<Project>().CountAsync(),
            await db.Set<Dataset>().CountAsync(), await db.Set<ReportPhoto>().CountAsync());
    }
}
