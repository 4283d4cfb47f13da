using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Domain.Budget;

/// <summary>
/// The report side of the need index, aggregated in the database: per area, category, kind and open state, the count
/// and the sum of 0.5^(age/half-life). Loading a province's reports row by row took seconds at 100,000 reports; this
/// returns a few thousand rows at any volume. Plain SQL per provider, because EF Core translates neither julianday() nor
/// interval arithmetic on both.
/// </summary>
internal static class NeedReportAggregates
{
    private static readonly string OpenStatuses = string.Join(",", ReportStatuses.Open.Select(s => ((int)s).ToString(CultureInfo.InvariantCulture)));
    private static readonly string NotEvidence = $"{(int)ReportStatus.Rejected},{(int)ReportStatus.Duplicate}";

    /// <summary>
    /// The groups of the reports received in [from, until), weighed as of <paramref name="asOf"/>; with
    /// <paramref name="resolvedAfterAsOf"/> only those resolved after it (open then, closed in the tallies now).
    /// </summary>
    public static Task<(List<NeedReportGroup> Groups, int Unlocated)> RawAsync(
        OpsDbContext db, IReadOnlyDictionary<string, string> sectorOf, string provinceCode, DateTime from, DateTime until, DateTime asOf,
        AreaLevel level, double halfLifeDays, bool resolvedAfterAsOf, CancellationToken ct) =>
        RawAsync(db, sectorOf, provinceCode, [(from, until)], asOf, level, halfLifeDays, resolvedAfterAsOf, ct);

    /// <summary>The same over several disjoint ranges of receipt in one statement (a window's two partial days: one round trip).</summary>
    public static async Task<(List<NeedReportGroup> Groups, int Unlocated)> RawAsync(
        OpsDbContext db, IReadOnlyDictionary<string, string> sectorOf, string provinceCode, IReadOnlyList<(DateTime From, DateTime Until)> ranges, DateTime asOf,
        AreaLevel level, double halfLifeDays, bool resolvedAfterAsOf, CancellationToken ct)
    {
        if (ranges.Count == 0)
        {
            return ([], 0);
        }

        var postgres = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
        var area = level == AreaLevel.Subdistrict ? "subdistrict_code" : "COALESCE(district_code, substr(subdistrict_code, 1, 4))";
        var age = postgres ? "EXTRACT(EPOCH FROM (@as_of - received_at))::float8 / 86400.0" : "(@as_of_julian - julianday(received_at))";
        var pow = postgres ? "power" : "pow";
        var sql = $"""
            SELECT {area} AS area, category_code, kind,
                   CASE WHEN status IN ({OpenStatuses}) OR (resolved_at IS NOT NULL AND resolved_at > @as_of) THEN 1 ELSE 0 END AS open,
                   COUNT(*) AS reports,
                   SUM({pow}(0.5, {age} / @half_life)) AS recency
            FROM ({string.Join(" UNION ALL ", ranges.Select((_, i) => $"SELECT * FROM citizen_reports WHERE received_at >= @start{i} AND received_at < @until{i}"))}) AS reports
            WHERE province_code = @province AND status NOT IN ({NotEvidence})
                  {(resolvedAfterAsOf ? $"AND status = {(int)ReportStatus.Resolved} AND resolved_at > @as_of" : "")}
            GROUP BY 1, 2, 3, 4
            """;

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            Add(command, "@province", provinceCode);
            for (var i = 0; i < ranges.Count; i++)
            {
                Add(command, $"@start{i}", postgres ? ranges[i].From : SqliteTime(ranges[i].From));
                Add(command, $"@until{i}", postgres ? ranges[i].Until : SqliteTime(ranges[i].Until));
            }

            Add(command, "@as_of", postgres ? asOf : SqliteTime(asOf));
            Add(command, "@half_life", halfLifeDays);
            if (!postgres)
            {
                // The Julian day of the as-of instant, computed once here rather than parsed again for every row.
                Add(command, "@as_of_julian", (asOf - DateTime.UnixEpoch).TotalDays + 2440587.5);
            }
            var groups = new List<NeedReportGroup>();
            var unlocated = 0;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var count = Convert.ToInt32(reader.GetValue(4), CultureInfo.InvariantCulture);
                if (reader.IsDBNull(0))
                {
                    unlocated += count;
                    continue;
                }

                var category = reader.GetString(1);
                groups.Add(new NeedReportGroup(reader.GetString(0), sectorOf.GetValueOrDefault(category, Sectors.Social), category,
                    (ReportKind)Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture) == 1,
                    count, Convert.ToDouble(reader.GetValue(5), CultureInfo.InvariantCulture)));
            }

            return (groups, unlocated);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>The text EF Core's SQLite provider stores for DateTime, so comparisons with stored values are exact.</summary>
    private static string SqliteTime(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
}
