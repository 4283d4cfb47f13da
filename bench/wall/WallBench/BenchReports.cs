using System.Net.Http.Json;
using System.Text.Json;

namespace WallBench;

/// <summary>
/// "A citizen posts a report", the one place the benchmark does it: <c>POST {app}/api/reports</c>, as a citizen's phone
/// would. The clock starts before the request, so the latency includes the intake itself.
/// </summary>
internal sealed class BenchReports : IDisposable
{
    private readonly Random _random = new(2569);
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(30) };

    public async Task<long> PostAsync(Uri app)
    {
        var body = new
        {
            kind = "complaint",
            category = "road",
            description = "ถนนชำรุดเป็นหลุม (รายงานทดสอบประสิทธิภาพ)",
            lat = 14.45 + (_random.NextDouble() * 0.2),
            @long = 100.85 + (_random.NextDouble() * 0.2),
        };
        using var response = await _client.PostAsJsonAsync(new Uri(app, "/api/reports"), body);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"POST /api/reports answered {(int)response.StatusCode}: {text}");
        }

        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt64();
    }

    public void Dispose() => _client.Dispose();
}
