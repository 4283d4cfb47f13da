using Microsoft.Extensions.DependencyInjection;

namespace OpsCenter.Domain.Review;

public static class ReviewDomainServices
{
    public static IServiceCollection AddReviewDomain(this IServiceCollection services)
    {
        services.AddSingleton<AgendaFactsQuery>();
        services.AddSingleton<ReviewFiguresQuery>();
        services.AddSingleton<ReviewQueries>();
        services.AddSingleton<ReviewService>();
        services.AddSingleton<ReviewLive>();
        return services;
    }
}
