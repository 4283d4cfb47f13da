using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Catalog.Uploads;

namespace OpsCenter.Domain.Catalog;

public static class CatalogDomainServices
{
    public static IServiceCollection AddCatalogDomain(this IServiceCollection services)
    {
        services.AddSingleton<CatalogQuery>();
        services.AddSingleton<Dcat.DcatCatalogSource>();
        services.AddSingleton<CatalogService>();
        services.AddSingleton<IEvidenceTargets, DatasetEvidence>();
        services.AddSingleton<Kpis.IKpiFigure, DatasetsCurrentKpiFigure>();
        services.AddSingleton<DatasetUploadService>();
        services.AddSingleton<FreshnessAnnouncer>();
        services.AddHostedService<FreshnessWatcher>();
        return services;
    }
}
