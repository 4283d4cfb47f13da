using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Operations;

/// <summary>One round trip to the database, bounded in time: null when it answers, else why not, in words an operator can act on.</summary>
public sealed class DatabaseProbe(IDbContextFactory<OpsDbContext> dbFactory)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<string?> ProblemAsync(CancellationToken ct)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Timeout);
            await using var db = await dbFactory.CreateDbContextAsync(timeout.Token);
            await db.Database.ExecuteSqlRawAsync("SELECT 1", timeout.Token);
            return null;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return $"the database did not answer within {Timeout.TotalSeconds:0} s";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Failures.Reason(ex);
        }
    }
}
