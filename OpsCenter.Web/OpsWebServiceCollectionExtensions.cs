using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Identity;
using MudBlazor;
using MudBlazor.Services;
using OpsCenter.Domain.Persistence;
using OpsCenter.Web.Cli;
using OpsCenter.Web.Components;
using OpsCenter.Web.Features.Identity;
using OpsCenter.Web.Features.ApiDocs;
using OpsCenter.Web.Features.Areas;
using OpsCenter.Web.Features.Budget;
using OpsCenter.Web.Features.Catalog;
using OpsCenter.Web.Features.Operations;
using OpsCenter.Web.Features.Kpis;
using OpsCenter.Web.Features.National;
using OpsCenter.Web.Features.Notifications;
using OpsCenter.Web.Features.Proposals;
using OpsCenter.Web.Features.Reports;
using OpsCenter.Web.Features.Review;
using OpsCenter.Web.Features.Security;
using OpsCenter.Web.Features.Wall;
using OpsCenter.Web.Features.Warehouse;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web;

/// <summary>The composition root: every feature adds its services in AddOpsWeb and its endpoints in UseOpsWeb.</summary>
public static class OpsWebServiceCollectionExtensions
{
    public static WebApplicationBuilder AddOpsWeb(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o => o.IncludeScopes = false);

        var services = builder.Services;
        services.AddOpsDomain(builder.Configuration, builder.Environment.ContentRootPath);
        // Thai text goes out as UTF-8, not as &#xE04; entities that triple the page size.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorComponents().AddInteractiveServerComponents();
        // Outcomes of commands show at the bottom centre, where a thumb on a phone and an eye on a desk both find them.
        services.AddMudServices(mud =>
        {
            mud.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomCenter;
            mud.SnackbarConfiguration.PreventDuplicates = false;
            mud.SnackbarConfiguration.VisibleStateDuration = 6000;
        });
        services.AddProblemDetails();
        // Every programmatic endpoint described for partners' and agencies' developers (/openapi/v1.json, /api/docs).
        services.AddApiDocsWeb();
        services.AddCascadingAuthenticationState();
        services.AddAuthorization();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/login";
            options.LogoutPath = "/logout";
            options.AccessDeniedPath = "/forbidden";
            options.Cookie.Name = "opscenter.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.AddOpsLocalization();
        services.AddScoped<CurrentProvince>();
        services.AddSingleton<Explorer>();
        services.AddCliVerb<ImportBoundariesVerb>();
        services.AddCliVerb<GenerateReportsVerb>();
        services.AddCliVerb<TalliesVerb>();
        services.AddCliVerb<GenerateDatasetsVerb>();
        services.AddReportsWeb();
        services.AddWallWeb();
        services.AddBudgetWeb();
        services.AddSecurityWeb(builder.Configuration);
        builder.AddOperationsWeb();
        return builder;
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await StartupDatabase.InitializeAsync(app.Services, app.Lifetime.ApplicationStopping);
    }

    public static WebApplication UseOpsWeb(this WebApplication app)
    {
        app.UseErrorPolicy();
        app.UseSecurity();
        app.UseRequestGuards();

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseBareApiStatusCodes();
        app.UseOpsLocalization();
        app.UseAuthentication();
        app.UseDcatNegotiation();
        app.UseLastGoodReads();
        app.UseApiDocsInlineScript();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthApi();
        app.MapOperationsEndpoints();
        app.MapApiDocs();
        app.MapAreasApi();
        app.MapAccountApi();
        app.MapCultureApi();
        app.MapCkanApi();
        app.MapWarehouseApi();
        app.MapCatalogApi();
        app.MapDcatApi();
        app.MapKpisApi();
        app.MapReportsEndpoints();
        app.MapWallApi();
        app.MapReviewApi();
        app.MapBudgetApi();
        app.MapProposalsApi();
        app.MapNotificationsApi();
        app.MapSecurityApi();
        app.MapNationalApi();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
