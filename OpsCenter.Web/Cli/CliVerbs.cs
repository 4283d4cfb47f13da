namespace OpsCenter.Web.Cli;

public static class CliVerbs
{
    public static async Task<int> RunAsync(WebApplication app, CliCommand command)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var verbs = scope.ServiceProvider.GetServices<ICliVerb>().ToList();
        var verb = verbs
            .Where(v => v.Words.Count <= command.Words.Count && v.Words.SequenceEqual(command.Words.Take(v.Words.Count), StringComparer.OrdinalIgnoreCase))
            .MaxBy(v => v.Words.Count);
        if (verb is null)
        {
            await Console.Error.WriteLineAsync($"Unknown command '{command.Verb}'. Commands:");
            foreach (var known in verbs.OrderBy(v => v.Usage, StringComparer.Ordinal))
            {
                await Console.Error.WriteLineAsync("  " + known.Usage);
            }

            return 2;
        }

        try
        {
            return await verb.RunAsync(command.Words.Skip(verb.Words.Count).ToList(), Console.Out, app.Lifetime.ApplicationStopping);
        }
        catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            await Console.Error.WriteLineAsync($"{verb.Usage}: {ex.Message}");
            return 1;
        }
    }
}
