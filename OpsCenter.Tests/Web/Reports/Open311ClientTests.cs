using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Reports;

/// <summary>
/// GeoReport v2 as the real clients send it, read from their source: codeforamerica/open311_python (GETs with
/// jurisdiction_id always present, empty when unconfigured; api_key on the query string; service/{code} singular;
/// request_id_from_token) and codeforamerica/open311 (Ruby: form-encoded POST with api_key and jurisdiction_id in the
/// body, the format as the path's extension). Every error is the spec's error array in the asked format.
/// </summary>
public sealed class Open311ClientTests(ReportApps apps) : IClassFixture<ReportApps>
{
    private const string Jurisdiction = "19";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PythonClient_KeyInQueryString_PostsThenResolvesItsTokenAndReadsTheRequest_InXml(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        using var client = app.CreateClient();

        var services = await XmlAsync(client, "/open311/v2/services.xml?jurisdiction_id=");
        var definition = await XmlAsync(client, "/open311/v2/service/road.xml?jurisdiction_id=");
        using var posted = await client.PostAsync($"/open311/v2/requests.xml?api_key={ReportPayloads.PartnerKey}", Form(new()
        {
            ["service_code"] = "road", ["lat"] = "14.58663", ["long"] = "101.00155", ["description"] = "ถนนชำรุดเป็นหลุมลึก",
        }));
        var request = XDocument.Parse(await posted.Content.ReadAsStringAsync()).Root!.Element("request")!;
        var token = request.Element("token")!.Value;
        var fromToken = await XmlAsync(client, $"/open311/v2/tokens/{token}.xml?jurisdiction_id=");
        var read = await XmlAsync(client, $"/open311/v2/requests/{request.Element("service_request_id")!.Value}.xml?jurisdiction_id=");

        Assert.Equal("services", services.Name.LocalName);
        Assert.Equal("service_definition", definition.Name.LocalName);
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Equal(request.Element("service_request_id")!.Value, fromToken.Element("request")!.Element("service_request_id")!.Value);
        Assert.Equal(token, fromToken.Element("request")!.Element("token")!.Value);
        Assert.Equal("road", read.Element("request")!.Element("service_code")!.Value);
    }

    [Fact]
    public async Task RubyClient_FormBodyWithJurisdiction_AddressStringOnly_NoDescription_IsPlacedInTheProvince()
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        using var posted = await client.PostAsync("/open311/v2/requests.json", Form(new()
        {
            ["jurisdiction_id"] = Jurisdiction, ["api_key"] = ReportPayloads.PartnerKey, ["service_code"] = "road",
            ["address_string"] = "หน้าตลาด ต.ตาลเดี่ยว อ.แก่งคอย จ.สระบุรี",
        }));

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var id = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement[0].GetProperty("service_request_id").GetString();
        var request = JsonDocument.Parse(await client.GetStringAsync($"/open311/v2/requests/{id}.json?jurisdiction_id={Jurisdiction}")).RootElement[0];
        Assert.Equal("190203", request.GetProperty("address_id").GetString());
    }

    [Fact]
    public async Task AddressId_AloneIsALocation()
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        using var posted = await client.PostAsync("/open311/v2/requests.json", Form(new()
        {
            ["api_key"] = ReportPayloads.PartnerKey, ["service_code"] = "road", ["address_id"] = "190202", ["description"] = "ไฟถนนดับทั้งซอย",
        }));

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
    }

    [Theory]
    [InlineData("json", "address_string", "ที่บ้านป้าสมศรี")]
    [InlineData("xml", "address_string", "ที่บ้านป้าสมศรี")]
    [InlineData("json", "lat", null)]
    public async Task Post_ThatCannotBePlaced_Is400_InTheSpecsErrorArray(string format, string field, string? address)
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        var form = new Dictionary<string, string> { ["api_key"] = ReportPayloads.PartnerKey, ["service_code"] = "road", ["description"] = "ถนนชำรุดเป็นหลุมลึก" };
        if (address is not null)
        {
            form["address_string"] = address;
        }

        using var response = await client.PostAsync($"/open311/v2/requests.{format}", Form(form));

        var errors = await ErrorsAsync(response, format, HttpStatusCode.BadRequest);
        Assert.Contains(errors, e => e.StartsWith(field + ":", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("GET", "/open311/v2/tokens/AAAAAAAAAAAA.json", HttpStatusCode.NotFound, "token:")]
    [InlineData("GET", "/open311/v2/tokens/short.xml", HttpStatusCode.NotFound, "token:")]
    [InlineData("GET", "/open311/v2/nothing-here.xml", HttpStatusCode.NotFound, "path:")]
    [InlineData("GET", "/open311/v3/services.json", HttpStatusCode.NotFound, "path:")]
    [InlineData("DELETE", "/open311/v2/requests.json", HttpStatusCode.MethodNotAllowed, "method:")]
    [InlineData("POST", "/open311/v2/services.xml", HttpStatusCode.MethodNotAllowed, "method:")]
    [InlineData("GET", "/open311/v2/services.json?jurisdiction_id=99", HttpStatusCode.NotFound, "jurisdiction_id:")]
    [InlineData("GET", "/open311/v2/requests.xml?jurisdiction_id=nowhere", HttpStatusCode.NotFound, "jurisdiction_id:")]
    public async Task EveryError_IsTheSpecsErrorArray_InTheRequestedFormat(string method, string path, HttpStatusCode status, string prefix)
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        var format = path.Split('?')[0].EndsWith(".xml", StringComparison.Ordinal) ? "xml" : "json";
        Assert.Contains(await ErrorsAsync(response, format, status), e => e.StartsWith(prefix, StringComparison.Ordinal));
    }

    /// <summary>What the error policy writes when an Open311 request fails on the server: the spec's array, never a page.</summary>
    [Theory]
    [InlineData("/open311/v2/requests.xml", 500, "xml")]
    [InlineData("/open311/v2/requests/SRB-1.json", 500, "json")]
    [InlineData("/open311/v2/services.xml", 503, "xml")]
    [InlineData("/open311/v2/requests.json", 503, "json")]
    public async Task ServerFailures_AreTheSpecsErrorArray_InThePathsFormat(string path, int status, string format)
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext { RequestServices = app.Services };
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();

        await OpsCenter.Web.Features.Operations.ProtocolErrors.WriteAsync(context, status, "ระบบขัดข้อง", "Something went wrong", retryAfter: status == 503 ? TimeSpan.FromSeconds(30) : null);

        context.Response.Body.Position = 0;
        using var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StreamContent(context.Response.Body) };
        response.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(context.Response.ContentType!);
        Assert.Single(await ErrorsAsync(response, format, (HttpStatusCode)status));
        Assert.Equal(status == 503 ? "30" : "", context.Response.Headers.RetryAfter.ToString());
    }

    private static FormUrlEncodedContent Form(Dictionary<string, string> fields) => new(fields);

    private static async Task<XElement> XmlAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType!.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
    }

    private static async Task<List<string>> ErrorsAsync(HttpResponseMessage response, string format, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        if (format == "xml")
        {
            Assert.Equal("text/xml", response.Content.Headers.ContentType!.MediaType);
            var root = XDocument.Parse(body).Root!;
            Assert.Equal("errors", root.Name.LocalName);
            Assert.All(root.Elements("error"), e => Assert.Equal(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), e.Element("code")!.Value));
            return root.Elements("error").Select(e => e.Element("description")!.Value).ToList();
        }

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var errors = JsonDocument.Parse(body).RootElement;
        Assert.All(errors.EnumerateArray(), e => Assert.Equal((int)status, e.GetProperty("code").GetInt32()));
        return errors.EnumerateArray().Select(e => e.GetProperty("description").GetString()!).ToList();
    }
}
