using Microsoft.Extensions.Options;
using OpsCenter.Domain.Operations;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Web.Features.Operations;

/// <summary>Thrown when the app cannot start; carries the one line an operator reads and the process's exit code.</summary>
public sealed class StartupFailure(string line, int exitCode) : Exception(line)
{
    public const int BadConfiguration = 3;

    public const int DatabaseStillDown = 4;

    public int ExitCode => exitCode;

    /// <summary>One line for any exception that ends start-up: no stack trace, no type names.</summary>
    public static (string Line, int ExitCode) Describe(Exception exception) => exception switch
    {
        StartupFailure failure => (failure.Message, failure.ExitCode),
        OptionsValidationException or InvalidOperationException or FormatException when Failures.Classify(exception) == FailureKind.Unexpected =>
            ($"OpsCenter cannot start: {FirstLine(exception.Message)}", BadConfiguration),
        _ when Failures.Classify(exception) != FailureKind.Unexpected =>
            ($"OpsCenter cannot start: {Failures.Reason(exception)}; check Database:Provider and ConnectionStrings:OpsCenter", BadConfiguration),
        System.IO.IOException io => ($"OpsCenter cannot start: {FirstLine(io.Message)}", 1),
        _ => ($"OpsCenter cannot start: {FirstLine(exception.Message)}", 1),
    };

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}

/// <summary>
/// Brings the database up to date at start-up, waiting for it while it does not answer (it may be starting with us):
/// one line per attempt, pauses doubling up to a bound, giving up after <see cref="DatabaseOptions.StartupWait"/>.
/// A database that answers "no" (wrong password, no such database, read-only file) is a configuration error: no wait.
/// </summary>
public static class StartupDatabase
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken ct)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var initializer = services.GetRequiredService<DatabaseInitializer>();
        var time = services.GetRequiredService<TimeProvider>();
        var started = time.GetTimestamp();
        var pause = TimeSpan.FromSeconds(1);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await initializer.InitializeAsync(ct);
                return;
            }
            catch (Exception ex) when (!ct.IsCancellationRequested && Failures.Classify(ex) == FailureKind.DatabaseUnavailable)
            {
                var waited = time.GetElapsedTime(started);
                // At least one pause and second try, however slow the first attempt was (a loaded machine, a cold start).
                if (attempt > 1 && waited + pause > options.StartupWait)
                {
                    throw new StartupFailure(
                        $"OpsCenter cannot start: the database is still unavailable after {waited.TotalSeconds:0} s ({Failures.Reason(ex)}); Database:StartupWait is {options.StartupWait}",
                        StartupFailure.DatabaseStillDown);
                }

                await Console.Error.WriteLineAsync($"OpsCenter is waiting for the database: {Failures.Reason(ex)} (attempt {attempt}, next in {pause.TotalSeconds:0} s)");
                await Task.Delay(pause, ct);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, options.StartupMaxBackoff.Ticks));
            }
        }
    }
}
