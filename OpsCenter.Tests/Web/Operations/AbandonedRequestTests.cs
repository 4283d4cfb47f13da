using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Operations;

/// <summary>
/// A client that gives up takes the server's work with it: the query it started is cancelled in PostgreSQL at once,
/// not left waiting (here on a lock the test holds) until it would have finished for nobody.
/// </summary>
public sealed class AbandonedRequestTests
{
    [PostgresFact]
    public async Task ClientGoingAway_CancelsItsQueryInTheDatabase_WhileTheLockItWaitsOnIsStillHeld()
    {
        await using var app = new OpsAppFactory(DatabaseProvider.Postgres, new Dictionary<string, string?> { ["Demo:ReportsPerProvince"] = "20" });
        await app.InitializeAsync();
        app.StartKestrel();
        using var client = new HttpClient { BaseAddress = app.ServerAddress };
        // Once without the lock, so that the abandoned request below goes straight to its query (code compiled, reference
        // data cached) even on a machine the rest of the suite keeps busy.
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/open311/v2/requests.json?status=open")).StatusCode);
        await using var db = DbContexts.For(app.Database);
        var table = db.Model.FindEntityType(typeof(CitizenReport))!.GetTableName()!;
        await using var locker = new NpgsqlConnection(app.Database.ConnectionString);
        await locker.OpenAsync();
        await using var transaction = await locker.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand($"LOCK TABLE \"{table}\" IN ACCESS EXCLUSIVE MODE", locker, transaction))
        {
            await take.ExecuteNonQueryAsync();
        }

        // Watched from a connection of its own, outside any transaction: inside one, pg_stat_activity is a snapshot taken
        // at its first read, so a request that reached the lock after that read was never seen (the test then waited
        // for the request's 30 s command timeout and read its 503).
        await using var observer = new NpgsqlConnection(app.Database.ConnectionString);
        await observer.OpenAsync();

        using var giveUp = new CancellationTokenSource();
        var request = client.GetAsync("/open311/v2/requests.json?status=open&service_code=road", giveUp.Token);
        var reached = DateTime.UtcNow.AddSeconds(60);
        while (await WaitingOnLockAsync(observer) == 0 && !request.IsCompleted && DateTime.UtcNow < reached)
        {
            await Task.Delay(100);
        }

        Assert.False(request.IsCompleted, $"the request finished without reaching the lock: {(request.IsCompletedSuccessfully ? request.Result.StatusCode : request.Exception?.GetBaseException().Message)}");
        Assert.Equal(1, await WaitingOnLockAsync(observer));
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await WaitingOnLockAsync(observer) > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.Equal(0, await WaitingOnLockAsync(observer));
        await transaction.RollbackAsync();
    }

    /// <summary>Sessions of this database waiting on a lock (the locker holds it; the observer only reads).</summary>
    private static async Task<long> WaitingOnLockAsync(NpgsqlConnection observer)
    {
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'", observer);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
