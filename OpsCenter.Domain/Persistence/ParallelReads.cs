using Microsoft.EntityFrameworkCore;

namespace OpsCenter.Domain.Persistence;

/// <summary>
/// A figure made of several independent reads runs them at once, each on its own context and connection: a context is
/// one connection and runs one command at a time, so reads on a shared one queue behind each other's round trips.
/// </summary>
public static class ParallelReads
{
    /// <summary>One read on a context of its own, disposed when the read ends.</summary>
    public static async Task<T> ReadAsync<T>(this IDbContextFactory<OpsDbContext> factory, Func<OpsDbContext, Task<T>> read, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await read(db);
    }
}
