using Microsoft.EntityFrameworkCore.Migrations;

namespace OpsCenter.Domain.Persistence;

/// <summary>
/// Index changes on the report table that leave intake flowing. A plain CREATE INDEX holds every write to the table
/// for the whole build (31 s for the tracking numbers' trigrams at 10 million reports), and in a rolling upgrade the
/// other instances are still taking reports; on PostgreSQL these build CONCURRENTLY, outside the migration's
/// transaction. A build that fails leaves an invalid index behind: the drop before each build clears it on the next start.
/// </summary>
internal static class OnlineIndexes
{
    public static bool IsPostgres(MigrationBuilder migration) => migration.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>On PostgreSQL only: <paramref name="definition"/> is what follows the table's name (columns, method, WHERE).</summary>
    public static void Create(MigrationBuilder migration, string name, string table, string definition)
    {
        Drop(migration, name);
        migration.Sql($"CREATE INDEX CONCURRENTLY \"{name}\" ON {table} {definition}", suppressTransaction: true);
    }

    public static void Drop(MigrationBuilder migration, string name) =>
        migration.Sql($"DROP INDEX CONCURRENTLY IF EXISTS \"{name}\"", suppressTransaction: true);
}
