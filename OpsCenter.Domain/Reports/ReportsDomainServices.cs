using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Reports.Import;
using OpsCenter.Domain.Reports.Intake;
using OpsCenter.Domain.Reports.Queries;
using OpsCenter.Domain.Reports.Sla;
using OpsCenter.Domain.Reports.Workflow;

namespace OpsCenter.Domain.Reports;

public static class ReportsDomainServices
{
    public static IServiceCollection AddReportsDomain(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReportsOptions>(configuration.GetSection(ReportsOptions.Section));
        services.AddSingleton<ReportReferenceData>();
        services.AddSingleton<ReporterKeys>();
        services.AddSingleton<ReportIds>();
        services.AddSingleton<ReportIntakeService>();
        services.AddSingleton<ReportWorkflowService>();
        services.AddSingleton<ReportQueue>();
        services.AddSingleton<ReportDetails>();
        services.AddSingleton<Open311Query>();
        services.AddSingleton<ReporterContacts>();
        services.AddSingleton<Open311Partners>();
        services.AddSingleton<ReportPhotos>();
        services.AddSingleton<ReportImporter>();
        services.AddSingleton<Import.ImportRunAccounts>();
        services.AddSingleton<Import.LocationReview>();
        services.AddSingleton<ReportSlaSweeper>();
        services.AddSingleton<Kpis.IKpiFigure, ComplaintsOnTimeKpiFigure>();
        services.AddSingleton<IAreaReassigner, ReportAreaReassigner>();
        services.AddHostedService<ReportSlaBackgroundService>();
        services.AddHostedService<Tallies.TallyFoldingService>();
        services.Configure<RetentionOptions>(configuration.GetSection(RetentionOptions.Section));
        services.AddSingleton<ReportRetention>();
        services.AddSingleton<DataSubjectExport>();
        services.AddHostedService<ReportRetentionJob>();
        return services;
    }
}
