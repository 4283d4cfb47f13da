using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Reports;

/// <summary>One seeded app per provider for a test class, created on first use, with intake limits high enough for tests.</summary>
public sealed class ReportApps() : ProviderApps(Settings)
{
    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["Reports:PermitsPerMinute"] = "1000000",
        ["Reports:PartnerPermitsPerMinute"] = "1000000",
        ["Reports:SweepIntervalSeconds"] = "0",
        ["Demo:Open311Key"] = ReportPayloads.PartnerKey,
    };
}

public static class ReportPayloads
{
    public const string PartnerKey = "o311_test_partner_key_0123456789";

    /// <summary>Pak Phriao, Mueang Saraburi.</summary>
    public const double Lat = 14.53243;
    public const double Long = 100.91259;

    public static Dictionary<string, object?> Valid(string description = "ถนนเป็นหลุมลึกหน้าตลาด รถจักรยานยนต์ล้มบ่อย") => new()
    {
        ["kind"] = "complaint",
        ["category"] = "road",
        ["description"] = description,
        ["lat"] = Lat,
        ["long"] = Long,
    };

    public static StringContent Json(object body) => new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports") { Content = Json(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> JsonOf(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    public static async Task<int> CountAsync<T>(OpsAppFactory app)
        where T : class
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        return await db.Set<T>().CountAsync();
    }
}
