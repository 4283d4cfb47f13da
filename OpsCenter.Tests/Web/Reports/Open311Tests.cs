using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Reports;

public sealed class Open311Tests(ReportApps apps) : IClassFixture<ReportApps>
{
    private static readonly string[] RequestFields =
    [
        "service_request_id", "status", "status_notes", "service_name", "service_code", "description", "agency_responsible",
        "service_notice", "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode",
        "lat", "long", "media_url",
    ];

    [Fact]
    public async Task Discovery_AndServices_UseTheSpecsNames()
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        var discovery = JsonDocument.Parse(await client.GetStringAsync("/open311/v2/discovery.json")).RootElement;
        var services = JsonDocument.Parse(await client.GetStringAsync("/open311/v2/services.json")).RootElement;
        var definition = JsonDocument.Parse(await client.GetStringAsync("/open311/v2/services/road.json")).RootElement;

        Assert.Equal("http://wiki.open311.org/GeoReport_v2", discovery.GetProperty("endpoints")[0].GetProperty("specification").GetString());
        Assert.Equal(17, services.GetArrayLength());
        var road = services.EnumerateArray().Single(s => s.GetProperty("service_code").GetString() == "road");
        Assert.Equal("ถนน", road.GetProperty("service_name").GetString());
        foreach (var field in new[] { "description", "metadata", "type", "keywords", "group" })
        {
            Assert.True(road.TryGetProperty(field, out _), field);
        }

        Assert.Equal("kind", definition.GetProperty("attributes")[0].GetProperty("code").GetString());
        Assert.Equal("singlevaluelist", definition.GetProperty("attributes")[0].GetProperty("datatype").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PostWithPartnerKey_ThenGetById_HasEveryFieldAndNoContact(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        using var client = app.CreateClient();
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = ReportPayloads.PartnerKey, ["service_code"] = "drainage", ["lat"] = "14.58663", ["long"] = "101.00155",
            ["description"] = "ท่อระบายน้ำอุดตันหน้าตลาด น้ำเอ่อขึ้นถนน", ["address_string"] = "หน้าตลาดแก่งคอย",
            ["first_name"] = "ประยูร", ["last_name"] = "ทดสอบ", ["phone"] = "0899998888", ["email"] = "prayoon@example.com",
            ["attribute[kind]"] = "complaint",
        });

        var posted = await client.PostAsync("/open311/v2/requests.json", form);

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var answer = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement[0];
        var id = answer.GetProperty("service_request_id").GetString()!;
        Assert.True(answer.TryGetProperty("service_notice", out _));

        var text = await client.GetStringAsync($"/open311/v2/requests/{id}.json");
        var request = JsonDocument.Parse(text).RootElement[0];
        foreach (var field in RequestFields)
        {
            Assert.True(request.TryGetProperty(field, out _), field);
        }

        Assert.Equal("open", request.GetProperty("status").GetString());
        Assert.Equal("drainage", request.GetProperty("service_code").GetString());
        Assert.EndsWith("+07:00", request.GetProperty("requested_datetime").GetString(), StringComparison.Ordinal);
        Assert.Equal("190201", request.GetProperty("address_id").GetString());
        foreach (var personal in new[] { "ประยูร", "0899998888", "prayoon" })
        {
            Assert.DoesNotContain(personal, text, StringComparison.Ordinal);
        }

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var report = await db.Set<CitizenReport>().SingleAsync(r => r.TrackingNumber == id);
        Assert.Equal(ReportChannel.Open311, report.Channel);
        Assert.StartsWith("open311:", (await db.Set<ReporterContact>().SingleAsync(c => c.ReportId == report.Id)).ConsentSource, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutKey_Is403_AndBadInputIs400_InTheSpecsErrorFormat()
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        var noKey = await client.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string> { ["service_code"] = "road" }));
        var bad = await client.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = ReportPayloads.PartnerKey, ["service_code"] = "no-such-service", ["lat"] = "north", ["long"] = "100.9",
            ["description"] = "x",
        }));

        Assert.Equal(HttpStatusCode.Forbidden, noKey.StatusCode);
        var forbidden = JsonDocument.Parse(await noKey.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(403, forbidden[0].GetProperty("code").GetInt32());
        Assert.StartsWith("api_key", forbidden[0].GetProperty("description").GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement;
        Assert.All(errors.EnumerateArray(), e => Assert.Equal(400, e.GetProperty("code").GetInt32()));
        Assert.Contains(errors.EnumerateArray(), e => e.GetProperty("description").GetString()!.StartsWith("lat:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Requests_FiltersByServiceStatusAndDates_AndServesXml()
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        var open = JsonDocument.Parse(await client.GetStringAsync("/open311/v2/requests.json?service_code=road,flood&status=open")).RootElement;
        var closed = JsonDocument.Parse(await client.GetStringAsync("/open311/v2/requests.json?status=closed")).RootElement;
        var old = JsonDocument.Parse(await client.GetStringAsync("/open311/v2/requests.json?start_date=2000-01-01T00:00:00Z&end_date=2000-02-01T00:00:00Z")).RootElement;
        var badDate = await client.GetAsync("/open311/v2/requests.json?start_date=yesterday");
        var xml = XDocument.Parse(await client.GetStringAsync("/open311/v2/requests.xml?status=open"));

        Assert.True(open.GetArrayLength() > 0);
        Assert.All(open.EnumerateArray(), r =>
        {
            Assert.Equal("open", r.GetProperty("status").GetString());
            Assert.Contains(r.GetProperty("service_code").GetString(), new[] { "road", "flood" });
        });
        Assert.All(closed.EnumerateArray(), r => Assert.Equal("closed", r.GetProperty("status").GetString()));
        Assert.Equal(0, old.GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Equal("service_requests", xml.Root!.Name.LocalName);
        Assert.All(xml.Root.Elements(), e => Assert.Equal("request", e.Name.LocalName));
        Assert.NotNull(xml.Root.Element("request")!.Element("service_request_id"));
    }

    [Fact]
    public async Task UnknownRequest_Is404_InTheSpecsErrorFormat()
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        var response = await client.GetAsync("/open311/v2/requests/SRB-NONE-XIST.json");
        var xml = await client.GetAsync("/open311/v2/requests/SRB-NONE-XIST.xml");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement[0].GetProperty("code").GetInt32());
        Assert.Equal("errors", XDocument.Parse(await xml.Content.ReadAsStringAsync()).Root!.Name.LocalName);
    }
}
