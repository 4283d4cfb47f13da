namespace OpsCenter.Tests.Infrastructure;

/// <summary>The PostgreSQL server the tests use: OPSCENTER_TEST_PG, which ./test.sh sets after starting a private cluster.</summary>
public static class PostgresServer
{
    public const string Variable = "OPSCENTER_TEST_PG";

    public const string NotConfiguredMessage =
        "PostgreSQL tests need a server: run ./test.sh (it starts a private cluster) or set OPSCENTER_TEST_PG to an Npgsql connection string of a superuser.";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool IsConfigured => ConnectionString is not null;
}
