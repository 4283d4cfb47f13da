using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Web.Security;

namespace OpsCenter.Tests.Web.National;

/// <summary>jurisdiction_id is the province on a server that serves two: it narrows reads, and a key posts only to its own.</summary>
public sealed class Open311JurisdictionTests(MatrixApp app) : IClassFixture<MatrixApp>
{
    [Fact]
    public async Task Requests_ForOneJurisdiction_AreThatProvincesOnly()
    {
        using var client = app.RawClient();

        var pathum = JsonDocument.Parse(await client.GetStringAsync("/open311/v2/requests.json?jurisdiction_id=13")).RootElement;
        var saraburi = JsonDocument.Parse(await client.GetStringAsync("/open311/v2/requests.json?jurisdiction_id=19")).RootElement;

        Assert.NotEqual(0, pathum.GetArrayLength());
        Assert.All(pathum.EnumerateArray(), r => Assert.StartsWith("13", r.GetProperty("address_id").GetString(), StringComparison.Ordinal));
        Assert.All(saraburi.EnumerateArray(), r => Assert.StartsWith("19", r.GetProperty("address_id").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_ToAnotherJurisdictionThanTheKeys_Is403_InTheSpecsErrorArray()
    {
        var key = await app.Services.GetRequiredService<Open311Partners>().AddAsync("Saraburi partner", "19", "o311_jurisdiction_test_key_000001");
        using var client = app.RawClient();

        using var response = await client.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = key, ["jurisdiction_id"] = "13", ["service_code"] = "road", ["lat"] = "14.0208", ["long"] = "100.5250",
        }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement[0];
        Assert.Equal(403, error.GetProperty("code").GetInt32());
        Assert.StartsWith("jurisdiction_id:", error.GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
