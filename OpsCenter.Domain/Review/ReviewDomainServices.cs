using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OpsCenter.Domain.Review;

public static class ReviewDomainServices
{
    public static IServiceCollection AddReviewDomain(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReviewOptions>(configuration.GetSection(ReviewOptions.Section));
        services.AddSingleton<AgendaFactsQuery>();
        services.AddSingleton<ReviewFiguresQuery>();
        services.AddSingleton<ReviewQueries>();
        services.AddSingleton<ReviewService>();
        services.AddSingleton<ReviewLive>();
        services.AddHostedService<PlannedAgendaRefresher>();
        return services;
    }
}
