using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Intake;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Reports;

/// <summary>An installation serving Saraburi and Pathum Thani, the demo's two provinces.</summary>
public sealed class TwoProvinceReportApps() : ProviderApps(new Dictionary<string, string?>(ReportApps.Settings) { ["Demo:Provinces:1"] = "13" });

/// <summary>
/// Points near the demo provinces' real borders, 1 km into Bangkok, Nonthaburi, Ayutthaya and Lopburi, are refused on
/// every channel with the province named; points 300 m inside are accepted into the right province.
/// </summary>
public sealed class ProvinceBorderTests(TwoProvinceReportApps apps) : IClassFixture<TwoProvinceReportApps>
{
    public static TheoryData<string, string, string> Borders => new()
    {
        { "13", "10", "กรุงเทพมหานคร" },
        { "13", "12", "จังหวัดนนทบุรี" },
        { "19", "14", "จังหวัดพระนครศรีอยุธยา" },
        { "19", "16", "จังหวัดลพบุรี" },
    };

    [Theory]
    [MemberData(nameof(Borders))]
    public async Task JsonApi_PointAcrossTheBorder_Is400NamingTheProvinceOnLatAndLong(string served, string neighbour, string named)
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        var outside = BorderPoints.Inside(neighbour, served, 1000);
        var inside = BorderPoints.Inside(served, neighbour, 300);

        var refused = await ReportPayloads.PostAsync(client, Body(outside));
        var accepted = await ReportPayloads.PostAsync(client, Body(inside));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var errors = (await ReportPayloads.JsonOf(refused)).GetProperty("errors");
        Assert.Contains($"จุดนี้อยู่ใน{named} ซึ่งระบบนี้ไม่ได้ให้บริการ", errors.GetProperty("lat")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains(ProvinceOutlines.Shipped.Get(neighbour)!.NameEn, errors.GetProperty("long")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(served, await ProvinceOfAsync(app, (await ReportPayloads.JsonOf(accepted)).GetProperty("trackingNumber").GetString()!));
    }

    [Theory]
    [MemberData(nameof(Borders))]
    public async Task Open311_PointAcrossTheBorder_Is400WithTheProvinceInItsErrorArray(string served, string neighbour, string named)
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        var outside = BorderPoints.Inside(neighbour, served, 1000);
        var inside = BorderPoints.Inside(served, neighbour, 300);

        var refused = await client.PostAsync("/open311/v2/requests.json", Form(outside));
        var accepted = await client.PostAsync("/open311/v2/requests.json", Form(inside));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(errors.EnumerateArray(), e => e.GetProperty("code").GetInt32() == 400
            && e.GetProperty("description").GetString()!.Contains($"จุดนี้อยู่ใน{named} ซึ่งระบบนี้ไม่ได้ให้บริการ", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var id = JsonDocument.Parse(await accepted.Content.ReadAsStringAsync()).RootElement[0].GetProperty("service_request_id").GetString()!;
        Assert.Equal(served, await ProvinceOfAsync(app, id));
    }

    [Theory]
    [MemberData(nameof(Borders))]
    public async Task WebFormWritePath_PointAcrossTheBorder_IsRefusedNamingTheProvince(string served, string neighbour, string named)
    {
        // The form submits through this service with the Web channel; the browser test checks what the person sees.
        var app = await apps.ForAsync(DatabaseProvider.Postgres);
        var intake = app.Services.GetRequiredService<ReportIntakeService>();
        var outside = BorderPoints.Inside(neighbour, served, 1000);
        var inside = BorderPoints.Inside(served, neighbour, 300);
        var context = new IntakeContext(ReportChannel.Web, "web-form", null, null);

        var refused = await intake.SubmitAsync(Submission(outside), context);
        var accepted = await intake.SubmitAsync(Submission(inside), context);

        Assert.Null(refused.Receipt);
        Assert.Contains(refused.Errors, e => e.Field == "lat" && e.Thai == $"จุดนี้อยู่ใน{named} ซึ่งระบบนี้ไม่ได้ให้บริการ");
        Assert.Equal(served, await ProvinceOfAsync(app, accepted.Receipt!.TrackingNumber));
    }

    [Fact]
    public async Task Locator_PointInOneProvinceNearAnotherDistrictPoint_NeverSnapsAcrossTheBorder()
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        var locator = app.Services.GetRequiredService<IAreaLocator>();

        // Central Bangkok and Nonthaburi, the points the old 25 km snapping accepted as Pathum Thani reports.
        var bangkok = await locator.PlaceAsync(13.7563, 100.5018);
        var nonthaburi = await locator.PlaceAsync(13.8621, 100.5144);

        Assert.Equal((null, "10"), (bangkok.Location, bangkok.Province?.Code));
        Assert.Equal((null, "12"), (nonthaburi.Location, nonthaburi.Province?.Code));
    }

    private static Dictionary<string, object?> Body((double Lat, double Lon) point)
    {
        var body = ReportPayloads.Valid();
        body["lat"] = point.Lat;
        body["long"] = point.Lon;
        return body;
    }

    private static FormUrlEncodedContent Form((double Lat, double Lon) point) => new(new Dictionary<string, string>
    {
        ["api_key"] = ReportPayloads.PartnerKey, ["service_code"] = "road",
        ["lat"] = point.Lat.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["long"] = point.Lon.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["description"] = "ถนนเป็นหลุมลึกใกล้แนวเขตจังหวัด (ทดสอบ)", ["attribute[kind]"] = "complaint",
    });

    private static ReportSubmission Submission((double Lat, double Lon) point) => new()
    {
        Kind = ReportKind.Complaint,
        CategoryCode = "road",
        Description = "ถนนเป็นหลุมลึกใกล้แนวเขตจังหวัด (ทดสอบ)",
        Latitude = point.Lat,
        Longitude = point.Lon,
    };

    private static async Task<string> ProvinceOfAsync(OpsAppFactory app, string trackingNumber)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        return await db.Set<CitizenReport>().Where(r => r.TrackingNumber == trackingNumber).Select(r => r.ProvinceCode).SingleAsync();
    }
}
