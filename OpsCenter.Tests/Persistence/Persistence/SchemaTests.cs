using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Persistence;

/// <summary>
/// The first migrations were written by hand, and later ones are rewritten to serve both providers, so nothing else
/// guarantees they match the model:
/// this compares a migrated database with one the model creates directly, column by column, on both providers.
/// </summary>
public sealed class SchemaTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Migrations_ProduceTheSchemaOfTheModel(DatabaseProvider provider)
    {
        await using var migratedDb = await TestDatabase.CreateAsync(provider);
        await using var createdDb = await TestDatabase.CreateAsync(provider);
        await using (var db = DbContexts.For(migratedDb))
        {
            await db.Database.MigrateAsync();
        }

        await using (var db = DbContexts.For(createdDb))
        {
            await db.Database.EnsureCreatedAsync();
        }

        // Made by migrations alone, on purpose: the model cannot say it (an operator class; the design-time provider is SQLite).
        string[] outsideTheModel = [$"index {OpsCenter.Domain.Persistence.Migrations.QueueSearchAndAgencyIndexes.TrackingNumberTrigrams} "];
        var migrated = (await ColumnsAsync(migratedDb)).Where(row => !outsideTheModel.Any(o => row.StartsWith(o, StringComparison.Ordinal))).ToList();
        var created = await ColumnsAsync(createdDb);
        Assert.Equal(created.Except(migrated).Order(), migrated.Except(created).Order());
        Assert.Empty(created.Except(migrated));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Migrations_EveryEntityCanBeQueried(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = DbContexts.For(database);
        await db.Database.MigrateAsync();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => !e.IsOwned() && e.ClrType != typeof(Dictionary<string, object>)))
        {
            var query = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!
                .MakeGenericMethod(entity.ClrType).Invoke(db, null)!;
            _ = await query.Take(1).ToListAsync();
        }
    }

    internal static async Task<List<string>> ColumnsAsync(TestDatabase database)
    {
        await using var db = DbContexts.For(database);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var sql = database.Provider == DatabaseProvider.Sqlite
            ? """
              SELECT m.name || '.' || p.name || ' ' || upper(p.type) || CASE WHEN p."notnull" = 1 THEN ' NOT NULL' ELSE '' END || CASE WHEN p.pk > 0 THEN ' PK' ELSE '' END
              FROM sqlite_master m JOIN pragma_table_info(m.name) p
              WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '__EFMigrations%'
              UNION ALL
              SELECT 'index ' || name || ' ON ' || tbl_name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'
              """
            : """
              SELECT table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
                     || CASE WHEN is_nullable = 'NO' THEN ' NOT NULL' ELSE '' END || coalesce(' ' || is_identity, '')
              FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '__EFMigrations%'
              UNION ALL
              SELECT 'index ' || indexname || ' ON ' || tablename || ': ' || regexp_replace(indexdef, '^.* USING ', '')
              FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '__EFMigrations%'
              """;
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
