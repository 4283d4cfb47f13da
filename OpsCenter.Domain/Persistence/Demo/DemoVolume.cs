using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Domain.Persistence.Demo;

/// <summary>
/// Generates large, deterministic volumes of citizen reports for benchmarks (a million takes a minute or two), with
/// PostgreSQL COPY or batched SQLite inserts rather than EF change tracking.
/// </summary>
public sealed class DemoVolume(IDbContextFactory<OpsDbContext> dbFactory, IOptions<DatabaseOptions> database, TimeProvider time, Reports.Tallies.TallyFolding folding)
{
    public async Task<int> GenerateReportsAsync(string provinceCode, int count, int seed, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var facts = ProvinceFacts.Load(provinceCode);
        var prefix = ProvinceFacts.Known[provinceCode].AgencyPrefix;
        List<Agency> agencies;
        List<ReportCategory> categories;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            agencies = await db.Set<Agency>().AsNoTracking().Include(a => a.Areas).Where(a => a.ProvinceCode == provinceCode).ToListAsync(cancellationToken);
            categories = await db.Set<ReportCategory>().AsNoTracking().ToListAsync(cancellationToken);
        }

        if (agencies.Count == 0)
        {
            throw new InvalidOperationException($"Province {provinceCode} has no agencies; seed the demo province first.");
        }

        // A distinct prefix per seed keeps generated tracking numbers apart from the demo's and from earlier runs.
        var generator = new DemoReports(facts, agencies, categories, prefix, new Random(seed), $"{prefix}{seed % 100:00}");
        return await WriteAsync(generator.Generate(count, time.GetUtcNow().UtcDateTime), progress, cancellationToken);
    }

    /// <summary>
    /// Writes generated reports in bulk; every row still passes the tallies' triggers. Each is escalated as far as the SLA
    /// sweep would have taken it by now: generated history is not news, and left at no level, the first sweep on a
    /// generated national database announced some 270,000 overdue reports at once (an event, a timeline entry and
    /// notices each).
    /// </summary>
    internal Task<int> WriteAsync(IEnumerable<CitizenReport> reports, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var escalated = reports.Select(r => Escalated(r, now));
        return database.Value.Provider == DatabaseProvider.Postgres
            ? CopyToPostgresAsync(escalated, progress, cancellationToken)
            : InsertIntoSqliteAsync(escalated, progress, cancellationToken);
    }

    private static readonly EscalationPolicy Escalation = new ReportsOptions().Escalation;

    private static CitizenReport Escalated(CitizenReport report, DateTime now)
    {
        report.EscalationLevel = ReportSla.LevelDue(report.Status, report.DueAt, now, Escalation);
        return report;
    }

    /// <summary>Reports go in COPY statements of <see cref="CopyChunk"/> rows, each folded into the tallies before the next, so the deltas stay one chunk.</summary>
    private const int CopyChunk = 200_000;

    private async Task<int> CopyToPostgresAsync(IEnumerable<CitizenReport> reports, IProgress<int>? progress, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        var written = 0;
        using var rows = reports.GetEnumerator();
        var more = rows.MoveNext();
        while (more)
        {
            await using (var importer = await connection.BeginBinaryImportAsync(
                "COPY citizen_reports (tracking_number, province_code, kind, category_code, description, latitude, longitude, district_code, subdistrict_code, status, owner_agency_id, channel, received_at, updated_at, due_at, escalation_level, resolved_at) FROM STDIN (FORMAT BINARY)", ct))
            {
                var inChunk = 0;
                for (; more && inChunk < CopyChunk; more = rows.MoveNext(), inChunk++)
                {
                    await WriteRowAsync(importer, rows.Current, ct);
                    if (++written % 50_000 == 0)
                    {
                        progress?.Report(written);
                    }
                }

                await importer.CompleteAsync(ct);
            }

            await folding.FoldAsync(ct);
        }

        progress?.Report(written);
        return written;
    }

    private static async Task WriteRowAsync(NpgsqlBinaryImporter importer, CitizenReport r, CancellationToken ct)
    {
        await importer.StartRowAsync(ct);
        await importer.WriteAsync(r.TrackingNumber, NpgsqlDbType.Varchar, ct);
        await importer.WriteAsync(r.ProvinceCode, NpgsqlDbType.Varchar, ct);
        await importer.WriteAsync((int)r.Kind, NpgsqlDbType.Integer, ct);
        await importer.WriteAsync(r.CategoryCode, NpgsqlDbType.Varchar, ct);
        await importer.WriteAsync(r.Description, NpgsqlDbType.Varchar, ct);
        await importer.WriteAsync(r.Latitude!.Value, NpgsqlDbType.Double, ct);
        await importer.WriteAsync(r.Longitude!.Value, NpgsqlDbType.Double, ct);
        await importer.WriteAsync(r.DistrictCode!, NpgsqlDbType.Varchar, ct);
        await importer.WriteAsync(r.SubdistrictCode!, NpgsqlDbType.Varchar, ct);
        await importer.WriteAsync((int)r.Status, NpgsqlDbType.Integer, ct);
        await importer.WriteAsync(r.OwnerAgencyId!.Value, NpgsqlDbType.Integer, ct);
        await importer.WriteAsync((int)r.Channel, NpgsqlDbType.Integer, ct);
        await importer.WriteAsync(r.ReceivedAt, NpgsqlDbType.TimestampTz, ct);
        await importer.WriteAsync(r.UpdatedAt, NpgsqlDbType.TimestampTz, ct);
        await importer.WriteAsync(r.DueAt!.Value, NpgsqlDbType.TimestampTz, ct);
        await importer.WriteAsync((int)r.EscalationLevel, NpgsqlDbType.Integer, ct);
        if (r.ResolvedAt is { } resolved)
        {
            await importer.WriteAsync(resolved, NpgsqlDbType.TimestampTz, ct);
        }
        else
        {
            await importer.WriteNullAsync(ct);
        }
    }

    private async Task<int> InsertIntoSqliteAsync(IEnumerable<CitizenReport> reports, IProgress<int>? progress, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        var written = 0;
        DbTransaction? transaction = null;
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO citizen_reports (tracking_number, province_code, kind, category_code, description, latitude, longitude, district_code,
                subdistrict_code, status, owner_agency_id, channel, received_at, updated_at, due_at, escalation_level, resolved_at)
            VALUES ($t, $p, $k, $c, $d, $lat, $lon, $dc, $sc, $s, $o, $ch, $r, $u, $due, $esc, $res)
            """;
        var names = new[] { "$t", "$p", "$k", "$c", "$d", "$lat", "$lon", "$dc", "$sc", "$s", "$o", "$ch", "$r", "$u", "$due", "$esc", "$res" };
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        foreach (var r in reports)
        {
            if (written % 10_000 == 0)
            {
                if (transaction is not null)
                {
                    await transaction.CommitAsync(ct);
                    progress?.Report(written);
                }

                transaction = await connection.BeginTransactionAsync(ct);
                command.Transaction = transaction;
            }

            object?[] values =
            [
                r.TrackingNumber, r.ProvinceCode, (int)r.Kind, r.CategoryCode, r.Description, r.Latitude, r.Longitude, r.DistrictCode,
                r.SubdistrictCode, (int)r.Status, r.OwnerAgencyId, (int)r.Channel, SqliteTime(r.ReceivedAt), SqliteTime(r.UpdatedAt),
                SqliteTime(r.DueAt), (int)r.EscalationLevel, SqliteTime(r.ResolvedAt),
            ];
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(ct);
            written++;
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
            await transaction.DisposeAsync();
        }

        progress?.Report(written);
        return written;
    }

    /// <summary>The text form EF Core's SQLite provider writes for DateTime, so these rows compare and sort like EF's own.</summary>
    private static string? SqliteTime(DateTime? value) =>
        value?.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture);
}
