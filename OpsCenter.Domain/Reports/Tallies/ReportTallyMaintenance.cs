using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Reports.Tallies;

/// <summary>Rebuilds every tally from the raw rows, and checks each against the raw rows province by province.</summary>
public sealed class ReportTallyMaintenance(IDbContextFactory<OpsDbContext> dbFactory, TallyFolding folding)
{
    /// <summary>Relative difference of the growth sums still called equal: they are floating-point sums in another order.</summary>
    public const double GrowthTolerance = 1e-9;

    public async Task RebuildAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var postgres = TallyFolding.IsPostgres(db);
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (postgres)
        {
            // Writers wait while the tallies are counted again, so no report lands between the count and the commit.
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE citizen_reports IN SHARE MODE", ct);
        }

        foreach (var sql in TallyTriggers.Rebuild(postgres))
        {
            await db.Database.ExecuteSqlRawAsync(sql, ct);
        }

        await transaction.CommitAsync(ct);
    }

    /// <summary>Every group where a tally and the raw rows disagree, in all provinces that have reports, after a fold.</summary>
    public async Task<IReadOnlyList<TallyDifference>> CheckAsync(CancellationToken ct = default)
    {
        await folding.FoldAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var postgres = TallyFolding.IsPostgres(db);
        var provinces = await db.Set<CitizenReport>().Select(r => r.ProvinceCode)
            .Union(db.Set<ReportTally>().Select(t => t.ProvinceCode))
            .Distinct().ToListAsync(ct);
        var differences = new List<TallyDifference>();
        await db.Database.OpenConnectionAsync(ct);
        foreach (var province in provinces.Order(StringComparer.Ordinal))
        {
            foreach (var table in TallyTables.All)
            {
                differences.AddRange(Compare(table.Name, province,
                    await GroupsAsync(db, table.RawGroups(postgres), province, table.KeyCount, ct),
                    await GroupsAsync(db, table.StoredGroups, province, table.KeyCount, ct)));
            }
        }

        return differences;
    }

    private static IEnumerable<TallyDifference> Compare(string table, string province, Dictionary<string, (long, double)> raw, Dictionary<string, (long, double)> stored)
    {
        foreach (var key in raw.Keys.Union(stored.Keys).Order(StringComparer.Ordinal))
        {
            var (rawCount, rawGrowth) = raw.GetValueOrDefault(key);
            var (storedCount, storedGrowth) = stored.GetValueOrDefault(key);
            var scale = Math.Max(Math.Abs(rawGrowth), 1.0);
            if (rawCount != storedCount || Math.Abs(rawGrowth - storedGrowth) > GrowthTolerance * scale)
            {
                yield return new TallyDifference(table, province, key, rawCount, storedCount, rawGrowth, storedGrowth);
            }
        }
    }

    private static async Task<Dictionary<string, (long Count, double Growth)>> GroupsAsync(OpsDbContext db, string sql, string province, int keys, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@province";
        parameter.Value = province;
        command.Parameters.Add(parameter);
        command.CommandTimeout = 3600;
        var groups = new Dictionary<string, (long, double)>(StringComparer.Ordinal);
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var key = string.Join('|', Enumerable.Range(0, keys).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)));
            groups[key] = (Convert.ToInt64(reader.GetValue(keys), CultureInfo.InvariantCulture), Convert.ToDouble(reader.GetValue(keys + 1), CultureInfo.InvariantCulture));
        }

        return groups;
    }
}

public sealed record TallyDifference(string Table, string ProvinceCode, string Key, long Raw, long Stored, double RawGrowth, double StoredGrowth);
