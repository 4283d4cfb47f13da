using OpsCenter.Web.Features.Reports.StaffApi;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using OpsCenter.Web.Cli;
using OpsCenter.Web.Features.Reports.Api;
using OpsCenter.Web.Features.Reports.Open311;

namespace OpsCenter.Web.Features.Reports;

public static class ReportsWebServices
{
    public static IServiceCollection AddReportsWeb(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();

        // Thai in API answers as UTF-8 text rather than \uXXXX escapes (still escaping what HTML would misread).
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        services.AddSingleton<IntakeRateLimiter>();
        services.AddSingleton<Open311Reader>();
        services.AddCliVerb<ImportTraffyVerb>();
        services.AddCliVerb<ImportForumVerb>();
        services.AddCliVerb<Open311PartnerVerb>();
        return services;
    }

    public static IEndpointRouteBuilder MapReportsEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapReportsApi().MapOpen311Api().MapStaffReportsApi();
}
