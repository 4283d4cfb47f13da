using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Reports;

/// <summary>Thousands of generated bad requests: every one gets a 4xx problem+json naming a field, and none writes anything.</summary>
public sealed class MalformedPayloadTests(ReportApps apps) : IClassFixture<ReportApps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TwoThousandMalformedPayloads_NeverA5xx_AndNothingHalfWritten(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        using var client = app.CreateClient();
        var before = await CountsAsync(app);
        var payloads = MalformedPayloads.All().ToList();
        Assert.True(payloads.Count >= 2000, $"only {payloads.Count} payloads");

        var failures = new List<string>();
        foreach (var batch in payloads.Chunk(16))
        {
            var answers = await Task.WhenAll(batch.Select(async p => (Payload: p, Response: await SendAsync(client, p))));
            foreach (var (payload, response) in answers)
            {
                var problem = await CheckAsync(response);
                if (problem is not null)
                {
                    failures.Add($"{payload.Name}: {problem}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n{string.Join('\n', failures.Take(40))}");
        Assert.Equal(before, await CountsAsync(app));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, MalformedPayload payload)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports") { Content = new ByteArrayContent(payload.Body) };
        if (payload.ContentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", payload.ContentType);
        }

        foreach (var key in payload.IdempotencyKeys)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Null when the answer is a 4xx problem+json that names at least one field.</summary>
    private static async Task<string?> CheckAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status is < 400 or >= 500)
        {
            return $"status {status}";
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"content type {response.Content.Headers.ContentType}";
        }

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        if (!document.RootElement.TryGetProperty("errors", out var errors) || !errors.EnumerateObject().Any())
        {
            return "no field named";
        }

        var message = errors.EnumerateObject().First().Value[0].GetString() ?? "";
        return message.Contains(" / ", StringComparison.Ordinal) ? null : $"not bilingual: {message}";
    }

    private static async Task<(int, int, int, int, int, int)> CountsAsync(OpsAppFactory app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        return (await db.Set<CitizenReport>().CountAsync(), await db.Set<ReportTimelineEntry>().CountAsync(), await db.Set<ReporterContact>().CountAsync(),
            await db.Set<ReportPhoto>().CountAsync(), await db.Set<IdempotencyRecord>().CountAsync(), await db.Set<OutboxMessage>().CountAsync());
    }
}
