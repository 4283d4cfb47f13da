using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace OpsCenter.Domain.Reports.Import;

/// <summary>Where an import writes: a new report, or changed fields of an existing one. Everything goes in the caller's transaction.</summary>
internal interface IImportSink : IAsyncDisposable
{
    Task InsertAsync(CitizenReport report, CancellationToken ct);

    Task UpdateAsync(CitizenReport changed, bool statusChanged, CancellationToken ct);

    /// <summary>Writes what is buffered; returns the external ids whose insert lost to a conflict (a concurrent import, a tracking-number clash).</summary>
    Task<IReadOnlyCollection<string>> FinishAsync(CancellationToken ct);
}

internal static class ImportSql
{
    public const string Columns =
        "tracking_number, province_code, kind, category_code, description, latitude, longitude, district_code, subdistrict_code, status, " +
        "owner_agency_id, channel, external_id, received_at, updated_at, due_at, resolved_at, address, external_photo_url, external_status, " +
        "reporter_count, reopen_count, escalation_level, location_disagreement";

    public const string UpdateSet =
        "status = {0}status, external_status = {0}external_status, category_code = {0}category_code, resolved_at = {0}resolved_at, " +
        "updated_at = {0}updated_at, reopen_count = {0}reopen_count, reporter_count = {0}reporter_count";

    public const string TimelineNote = "'ปรับสถานะตามข้อมูลต้นทาง: ' || coalesce({0}external_status, '-') || ' / Status updated from the source system'";
}

/// <summary>PostgreSQL: binary COPY into a temporary staging table, then one INSERT … ON CONFLICT DO NOTHING and one UPDATE … FROM.</summary>
internal sealed class PostgresImportSink : IImportSink
{
    private readonly NpgsqlConnection _connection;
    private NpgsqlBinaryImporter? _copy;

    private PostgresImportSink(NpgsqlConnection connection) => _connection = connection;

    public static async Task<PostgresImportSink> OpenAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await Execute(connection, """
            CREATE TEMP TABLE import_stage (
              op smallint, id bigint, status_changed boolean,
              tracking_number varchar(32), province_code varchar(2), kind int, category_code varchar(40), description varchar(4000),
              latitude double precision, longitude double precision, district_code varchar(4), subdistrict_code varchar(6), status int,
              owner_agency_id int, channel int, external_id varchar(80), received_at timestamptz, updated_at timestamptz, due_at timestamptz,
              resolved_at timestamptz, address varchar(500), external_photo_url varchar(500), external_status varchar(60),
              reporter_count int, reopen_count int, escalation_level int, location_disagreement varchar(500)) ON COMMIT DROP
            """, ct);
        var sink = new PostgresImportSink(connection);
        sink._copy = await connection.BeginBinaryImportAsync($"COPY import_stage (op, id, status_changed, {ImportSql.Columns}) FROM STDIN (FORMAT BINARY)", ct);
        return sink;
    }

    public Task InsertAsync(CitizenReport report, CancellationToken ct) => WriteAsync(1, report, false, ct);

    public Task UpdateAsync(CitizenReport changed, bool statusChanged, CancellationToken ct) => WriteAsync(2, changed, statusChanged, ct);

    public async Task<IReadOnlyCollection<string>> FinishAsync(CancellationToken ct)
    {
        await _copy!.CompleteAsync(ct);
        await _copy.DisposeAsync();
        _copy = null;
        await Execute(_connection, $"INSERT INTO citizen_reports ({ImportSql.Columns}) SELECT {ImportSql.Columns} FROM import_stage WHERE op = 1 ON CONFLICT DO NOTHING", ct);
        await Execute(_connection, $"UPDATE citizen_reports r SET {string.Format(System.Globalization.CultureInfo.InvariantCulture, ImportSql.UpdateSet, "s.")} FROM import_stage s WHERE s.op = 2 AND r.id = s.id", ct);
        await Execute(_connection, $"""
            INSERT INTO report_timeline (report_id, at, kind, status, actor_name, note, is_public)
            SELECT s.id, s.updated_at, {(int)TimelineKind.Imported}, s.status, 'นำเข้าข้อมูล / Import', {string.Format(System.Globalization.CultureInfo.InvariantCulture, ImportSql.TimelineNote, "s.")}, true
            FROM import_stage s WHERE s.op = 2 AND s.status_changed
            """, ct);

        // Only the losers come back: staged rows whose id is not stored with the tracking number this import gave it.
        var skipped = new List<string>();
        await using var lost = new NpgsqlCommand("""
            SELECT s.external_id FROM import_stage s
            WHERE s.op = 1 AND NOT EXISTS (SELECT 1 FROM citizen_reports r WHERE r.tracking_number = s.tracking_number AND r.external_id = s.external_id)
            """, _connection);
        await using var reader = await lost.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            skipped.Add(reader.GetString(0));
        }

        return skipped;
    }

    public async ValueTask DisposeAsync()
    {
        if (_copy is not null)
        {
            await _copy.DisposeAsync();
        }
    }

    /// <summary>
    /// Synchronous writes: the importer's buffer flushes to the socket only every few kilobytes, and 26 awaits per row
    /// cost more CPU than the rare blocking flush.
    /// </summary>
    private Task WriteAsync(short op, CitizenReport r, bool statusChanged, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var copy = _copy!;
        copy.StartRow();
        copy.Write(op, NpgsqlDbType.Smallint);
        copy.Write(r.Id, NpgsqlDbType.Bigint);
        copy.Write(statusChanged, NpgsqlDbType.Boolean);
        copy.Write(r.TrackingNumber, NpgsqlDbType.Varchar);
        copy.Write(r.ProvinceCode, NpgsqlDbType.Varchar);
        copy.Write((int)r.Kind, NpgsqlDbType.Integer);
        copy.Write(r.CategoryCode, NpgsqlDbType.Varchar);
        copy.Write(r.Description, NpgsqlDbType.Varchar);
        WriteNullable(copy, r.Latitude, NpgsqlDbType.Double);
        WriteNullable(copy, r.Longitude, NpgsqlDbType.Double);
        WriteNullable(copy, r.DistrictCode, NpgsqlDbType.Varchar);
        WriteNullable(copy, r.SubdistrictCode, NpgsqlDbType.Varchar);
        copy.Write((int)r.Status, NpgsqlDbType.Integer);
        WriteNullable(copy, r.OwnerAgencyId, NpgsqlDbType.Integer);
        copy.Write((int)r.Channel, NpgsqlDbType.Integer);
        copy.Write(r.ExternalId!, NpgsqlDbType.Varchar);
        copy.Write(r.ReceivedAt, NpgsqlDbType.TimestampTz);
        copy.Write(r.UpdatedAt, NpgsqlDbType.TimestampTz);
        WriteNullable(copy, r.DueAt, NpgsqlDbType.TimestampTz);
        WriteNullable(copy, r.ResolvedAt, NpgsqlDbType.TimestampTz);
        WriteNullable(copy, r.Address, NpgsqlDbType.Varchar);
        WriteNullable(copy, r.ExternalPhotoUrl, NpgsqlDbType.Varchar);
        WriteNullable(copy, r.ExternalStatus, NpgsqlDbType.Varchar);
        copy.Write(r.ReporterCount, NpgsqlDbType.Integer);
        copy.Write(r.ReopenCount, NpgsqlDbType.Integer);
        copy.Write((int)r.EscalationLevel, NpgsqlDbType.Integer);
        WriteNullable(copy, r.LocationDisagreement, NpgsqlDbType.Varchar);
        return Task.CompletedTask;
    }

    private static void WriteNullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, type);
        }
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}

/// <summary>SQLite: prepared statements reused for every row, all inside the caller's one transaction.</summary>
internal sealed class SqliteImportSink(SqliteConnection connection, SqliteTransaction transaction) : IImportSink
{
    private static readonly string[] Names =
    [
        "tracking_number", "province_code", "kind", "category_code", "description", "latitude", "longitude", "district_code", "subdistrict_code",
        "status", "owner_agency_id", "channel", "external_id", "received_at", "updated_at", "due_at", "resolved_at", "address",
        "external_photo_url", "external_status", "reporter_count", "reopen_count", "escalation_level", "location_disagreement",
    ];

    private readonly List<string> _skipped = [];
    private SqliteCommand? _insert;
    private SqliteCommand? _update;
    private SqliteCommand? _timeline;

    public async Task InsertAsync(CitizenReport r, CancellationToken ct)
    {
        _insert ??= Prepare($"INSERT OR IGNORE INTO citizen_reports ({ImportSql.Columns}) VALUES ({string.Join(", ", Names.Select(n => "$" + n))})", Names);
        Bind(_insert, r);
        if (await _insert.ExecuteNonQueryAsync(ct) == 0)
        {
            _skipped.Add(r.ExternalId!);
        }
    }

    public async Task UpdateAsync(CitizenReport r, bool statusChanged, CancellationToken ct)
    {
        _update ??= Prepare($"UPDATE citizen_reports SET {string.Format(System.Globalization.CultureInfo.InvariantCulture, ImportSql.UpdateSet, "$")} WHERE id = $id", [.. Names, "id"]);
        Bind(_update, r);
        _update.Parameters["$id"].Value = r.Id;
        await _update.ExecuteNonQueryAsync(ct);
        if (statusChanged)
        {
            _timeline ??= Prepare($"""
                INSERT INTO report_timeline (report_id, at, kind, status, actor_name, note, is_public)
                VALUES ($id, $updated_at, {(int)TimelineKind.Imported}, $status, 'นำเข้าข้อมูล / Import', {string.Format(System.Globalization.CultureInfo.InvariantCulture, ImportSql.TimelineNote, "$")}, 1)
                """, ["id", "updated_at", "status", "external_status"]);
            _timeline.Parameters["$id"].Value = r.Id;
            _timeline.Parameters["$updated_at"].Value = r.UpdatedAt;
            _timeline.Parameters["$status"].Value = (int)r.Status;
            _timeline.Parameters["$external_status"].Value = (object?)r.ExternalStatus ?? DBNull.Value;
            await _timeline.ExecuteNonQueryAsync(ct);
        }
    }

    public Task<IReadOnlyCollection<string>> FinishAsync(CancellationToken ct) => Task.FromResult<IReadOnlyCollection<string>>(_skipped);

    public async ValueTask DisposeAsync()
    {
        foreach (var command in new DbCommand?[] { _insert, _update, _timeline })
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }
    }

    private SqliteCommand Prepare(string sql, IEnumerable<string> parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter("$" + name.TrimStart('$'), null));
        }

        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand c, CitizenReport r)
    {
        object Value(object? v) => v ?? DBNull.Value;
        var p = c.Parameters;
        p["$tracking_number"].Value = r.TrackingNumber;
        p["$province_code"].Value = r.ProvinceCode;
        p["$kind"].Value = (int)r.Kind;
        p["$category_code"].Value = r.CategoryCode;
        p["$description"].Value = r.Description;
        p["$latitude"].Value = Value(r.Latitude);
        p["$longitude"].Value = Value(r.Longitude);
        p["$district_code"].Value = Value(r.DistrictCode);
        p["$subdistrict_code"].Value = Value(r.SubdistrictCode);
        p["$status"].Value = (int)r.Status;
        p["$owner_agency_id"].Value = Value(r.OwnerAgencyId);
        p["$channel"].Value = (int)r.Channel;
        p["$external_id"].Value = Value(r.ExternalId);
        p["$received_at"].Value = r.ReceivedAt;
        p["$updated_at"].Value = r.UpdatedAt;
        p["$due_at"].Value = Value(r.DueAt);
        p["$resolved_at"].Value = Value(r.ResolvedAt);
        p["$address"].Value = Value(r.Address);
        p["$external_photo_url"].Value = Value(r.ExternalPhotoUrl);
        p["$external_status"].Value = Value(r.ExternalStatus);
        p["$reporter_count"].Value = r.ReporterCount;
        p["$reopen_count"].Value = r.ReopenCount;
        p["$escalation_level"].Value = (int)r.EscalationLevel;
        p["$location_disagreement"].Value = Value(r.LocationDisagreement);
    }
}
