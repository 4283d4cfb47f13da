using Microsoft.Data.Sqlite;
using Npgsql;

namespace OpsCenter.Domain.Operations;

/// <summary>What went wrong, as far as the caller is concerned.</summary>
public enum FailureKind
{
    /// <summary>A bug: 500, logged with its stack, never shown.</summary>
    Unexpected,

    /// <summary>The database cannot be reached or is shutting down: 503 with Retry-After; the client tries again.</summary>
    DatabaseUnavailable,

    /// <summary>The database cannot be used as configured (password, database name, read-only file): fix the settings.</summary>
    DatabaseMisconfigured,

    /// <summary>Text the database refuses to store (NUL, invalid encoding) that slipped past the request checks: 400.</summary>
    UnstorableText,
}

/// <summary>Classifies an exception by walking its inner exceptions (EF and Npgsql wrap the one that tells).</summary>
public static class Failures
{
    public static FailureKind Classify(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            var kind = current switch
            {
                PostgresException pg => OfPostgres(pg.SqlState),
                SqliteException sqlite => OfSqlite(sqlite.SqliteErrorCode),
                // Npgsql's own exceptions without a server answer are sockets, timeouts and pool exhaustion.
                NpgsqlException => FailureKind.DatabaseUnavailable,
                TimeoutException => FailureKind.DatabaseUnavailable,
                System.Net.Sockets.SocketException => FailureKind.DatabaseUnavailable,
                _ => (FailureKind?)null,
            };
            if (kind is { } known)
            {
                return known;
            }
        }

        return FailureKind.Unexpected;
    }

    /// <summary>A short reason for operators (healthz, start-up lines); no internal type names.</summary>
    public static string Reason(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException pg:
                    return pg.SqlState switch
                    {
                        "28P01" or "28000" => "the database rejected the user name or password",
                        "3D000" => "the database does not exist",
                        "57P03" => "the database is starting up",
                        "57P01" or "57P02" => "the database is shutting down",
                        "53300" => "the database has too many connections",
                        _ => $"the database answered with error {pg.SqlState}",
                    };
                case SqliteException sqlite:
                    return sqlite.SqliteErrorCode switch
                    {
                        8 => "the database file is read-only",
                        14 => "the database file cannot be opened (check the folder exists and is writable)",
                        5 or 6 => "the database file is busy",
                        13 => "the disk is full",
                        _ => $"SQLite error {sqlite.SqliteErrorCode}",
                    };
                case System.Net.Sockets.SocketException socket:
                    return socket.SocketErrorCode switch
                    {
                        System.Net.Sockets.SocketError.ConnectionRefused => "connection refused",
                        System.Net.Sockets.SocketError.HostNotFound or System.Net.Sockets.SocketError.TryAgain => "host not found",
                        System.Net.Sockets.SocketError.TimedOut => "connection timed out",
                        _ => "network error " + socket.SocketErrorCode,
                    };
                case TimeoutException:
                    return "the database did not answer in time";
            }
        }

        return exception is NpgsqlException ? "the database connection failed" : "unexpected error";
    }

    private static FailureKind OfPostgres(string state) => state switch
    {
        "28P01" or "28000" or "3D000" or "42501" => FailureKind.DatabaseMisconfigured,
        "22021" or "22P05" => FailureKind.UnstorableText,
        _ when state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal)
                                                            || state.StartsWith("53", StringComparison.Ordinal) => FailureKind.DatabaseUnavailable,
        _ => FailureKind.Unexpected,
    };

    private static FailureKind? OfSqlite(int code) => code switch
    {
        5 or 6 or 10 or 13 => FailureKind.DatabaseUnavailable,
        8 or 14 or 23 or 26 => FailureKind.DatabaseMisconfigured,
        _ => FailureKind.Unexpected,
    };
}
