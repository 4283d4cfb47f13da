namespace OpsCenter.Web.Cli;

/// <summary>A command-line verb, e.g. <c>import boundaries &lt;file&gt;</c>. Features register theirs with AddCliVerb.</summary>
public interface ICliVerb
{
    /// <summary>The leading words that select this verb, e.g. ["import", "boundaries"].</summary>
    IReadOnlyList<string> Words { get; }

    string Usage { get; }

    /// <summary>Runs with the words after <see cref="Words"/>; returns the process exit code.</summary>
    Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken);
}

public static class CliVerbRegistration
{
    public static IServiceCollection AddCliVerb<TVerb>(this IServiceCollection services)
        where TVerb : class, ICliVerb => services.AddTransient<ICliVerb, TVerb>();
}
