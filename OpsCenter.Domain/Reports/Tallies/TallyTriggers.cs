namespace OpsCenter.Domain.Reports.Tallies;

/// <summary>
/// The SQL that keeps <see cref="ReportTally"/> and <see cref="ResolutionTally"/> equal to <c>citizen_reports</c>: the
/// triggers (created by the ReportTallies migration), and the rebuild from the raw rows. PostgreSQL uses statement
/// triggers over transition tables, so a COPY of a million rows costs one grouped upsert, not a million; SQLite, which
/// has only row triggers, upserts per row (it holds one province's demo, not a nation).
/// </summary>
public static class TallyTriggers
{
    /// <summary>The half-life the stored growth is computed with: the need index's default.</summary>
    public const double GrowthHalfLifeDays = 180;

    /// <summary>2020-01-01 UTC, the origin of the growth exponent (as a Julian day for SQLite).</summary>
    public static readonly DateTime GrowthOrigin = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private const string GrowthOriginJulian = "2458849.5";

    private const string ReceivedKeys = "province_code, day, district_code, subdistrict_code, category_code, kind, status";
    private const string ResolvedKeys = "province_code, day, district_code, subdistrict_code, category_code, timing";

    private static string Day(bool postgres, string column) =>
        postgres ? $"(({column} AT TIME ZONE 'UTC') + interval '7 hours')::date" : $"date({column}, '+7 hours')";

    private static string Growth(bool postgres) => postgres
        ? $"power(2.0::float8, EXTRACT(EPOCH FROM (received_at - timestamptz '2020-01-01 00:00:00+00'))::float8 / {GrowthHalfLifeDays * 86400:0})"
        : $"pow(2.0, (julianday(received_at) - {GrowthOriginJulian}) / {GrowthHalfLifeDays:0})";

    private const string Timing = "CASE WHEN due_at IS NULL THEN -1 WHEN resolved_at <= due_at THEN 1 ELSE 0 END";

    /// <summary>One signed row per report of <paramref name="source"/>, in the received tally's columns.</summary>
    private static string Received(bool postgres, string source, int sign) => $"""
        SELECT province_code, {Day(postgres, "received_at")} AS day, COALESCE(district_code, '') AS district_code,
               COALESCE(subdistrict_code, '') AS subdistrict_code, category_code, kind, status,
               {sign} AS reports, {sign} * {Growth(postgres)} AS growth
        FROM {source} AS src
        """;

    private static string Resolved(bool postgres, string source, int sign) => $"""
        SELECT province_code, {Day(postgres, "resolved_at")} AS day, COALESCE(district_code, '') AS district_code,
               COALESCE(subdistrict_code, '') AS subdistrict_code, category_code, {Timing} AS timing, {sign} AS reports
        FROM {source} AS src WHERE resolved_at IS NOT NULL
        """;

    private static string UpsertReceived(string rows) => $"""
        INSERT INTO report_tallies ({ReceivedKeys}, reports, growth)
        SELECT {ReceivedKeys}, SUM(reports), SUM(growth) FROM ({rows}) AS d
        WHERE true GROUP BY {ReceivedKeys} HAVING SUM(reports) <> 0 OR SUM(growth) <> 0 ORDER BY {ReceivedKeys}
        ON CONFLICT ({ReceivedKeys}) DO UPDATE SET reports = report_tallies.reports + excluded.reports, growth = report_tallies.growth + excluded.growth
        """;

    private static string UpsertResolved(string rows) => $"""
        INSERT INTO report_resolution_tallies ({ResolvedKeys}, reports)
        SELECT {ResolvedKeys}, SUM(reports) FROM ({rows}) AS d
        WHERE true GROUP BY {ResolvedKeys} HAVING SUM(reports) <> 0 ORDER BY {ResolvedKeys}
        ON CONFLICT ({ResolvedKeys}) DO UPDATE SET reports = report_resolution_tallies.reports + excluded.reports
        """;

    public static IEnumerable<string> CreatePostgres()
    {
        yield return $"""
            CREATE OR REPLACE FUNCTION report_tallies_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    {UpsertReceived(Received(true, "new_rows", 1))};
                    {UpsertResolved(Resolved(true, "new_rows", 1))};
                ELSIF TG_OP = 'DELETE' THEN
                    {UpsertReceived(Received(true, "old_rows", -1))};
                    {UpsertResolved(Resolved(true, "old_rows", -1))};
                ELSE
                    {UpsertReceived(Received(true, "old_rows", -1) + " UNION ALL " + Received(true, "new_rows", 1))};
                    {UpsertResolved(Resolved(true, "old_rows", -1) + " UNION ALL " + Resolved(true, "new_rows", 1))};
                END IF;
                RETURN NULL;
            END $$;
            """;
        yield return """
            CREATE OR REPLACE FUNCTION report_tallies_clear() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                TRUNCATE report_tallies, report_resolution_tallies;
                RETURN NULL;
            END $$;
            """;
        yield return "CREATE TRIGGER report_tallies_insert AFTER INSERT ON citizen_reports REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_tallies_maintain();";
        yield return "CREATE TRIGGER report_tallies_update AFTER UPDATE ON citizen_reports REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_tallies_maintain();";
        yield return "CREATE TRIGGER report_tallies_delete AFTER DELETE ON citizen_reports REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_tallies_maintain();";
        yield return "CREATE TRIGGER report_tallies_truncate AFTER TRUNCATE ON citizen_reports FOR EACH STATEMENT EXECUTE FUNCTION report_tallies_clear();";
    }

    private const string KeyColumnsChanged = """
        OLD.province_code IS NOT NEW.province_code OR OLD.district_code IS NOT NEW.district_code
        OR OLD.subdistrict_code IS NOT NEW.subdistrict_code OR OLD.category_code IS NOT NEW.category_code OR OLD.kind IS NOT NEW.kind
        OR OLD.status IS NOT NEW.status OR OLD.received_at IS NOT NEW.received_at OR OLD.resolved_at IS NOT NEW.resolved_at
        OR OLD.due_at IS NOT NEW.due_at
        """;

    /// <summary>SQLite's row triggers read NEW and OLD through a one-row SELECT, so the same upserts serve both engines.</summary>
    private static string Row(string prefix) =>
        $"(SELECT {prefix}.province_code AS province_code, {prefix}.district_code AS district_code, {prefix}.subdistrict_code AS subdistrict_code, "
        + $"{prefix}.category_code AS category_code, {prefix}.kind AS kind, {prefix}.status AS status, {prefix}.received_at AS received_at, "
        + $"{prefix}.resolved_at AS resolved_at, {prefix}.due_at AS due_at)";

    public static IEnumerable<string> CreateSqlite()
    {
        yield return $"""
            CREATE TRIGGER report_tallies_insert AFTER INSERT ON citizen_reports BEGIN
                {UpsertReceived(Received(false, Row("NEW"), 1))};
                {UpsertResolved(Resolved(false, Row("NEW"), 1))};
            END;
            """;
        yield return $"""
            CREATE TRIGGER report_tallies_delete AFTER DELETE ON citizen_reports BEGIN
                {UpsertReceived(Received(false, Row("OLD"), -1))};
                {UpsertResolved(Resolved(false, Row("OLD"), -1))};
            END;
            """;
        yield return $"""
            CREATE TRIGGER report_tallies_update AFTER UPDATE ON citizen_reports WHEN {KeyColumnsChanged} BEGIN
                {UpsertReceived(Received(false, Row("OLD"), -1) + " UNION ALL " + Received(false, Row("NEW"), 1))};
                {UpsertResolved(Resolved(false, Row("OLD"), -1) + " UNION ALL " + Resolved(false, Row("NEW"), 1))};
            END;
            """;
    }

    public static IEnumerable<string> Drop(bool postgres)
    {
        foreach (var name in new[] { "report_tallies_insert", "report_tallies_update", "report_tallies_delete", "report_tallies_truncate" })
        {
            if (postgres || name != "report_tallies_truncate")
            {
                yield return postgres ? $"DROP TRIGGER IF EXISTS {name} ON citizen_reports;" : $"DROP TRIGGER IF EXISTS {name};";
            }
        }

        if (postgres)
        {
            yield return "DROP FUNCTION IF EXISTS report_tallies_maintain();";
            yield return "DROP FUNCTION IF EXISTS report_tallies_clear();";
        }
    }

    /// <summary>The raw rows of one province (@province) grouped as the received tallies are, for a check.</summary>
    public static string RawReceivedGroups(bool postgres) =>
        $"SELECT {ReceivedKeys}, SUM(reports), SUM(growth) FROM ({Received(postgres, "citizen_reports", 1)} WHERE province_code = @province) AS d GROUP BY {ReceivedKeys}";

    public static string RawResolvedGroups(bool postgres) =>
        $"SELECT {ResolvedKeys}, SUM(reports), 0.0 FROM ({Resolved(postgres, "citizen_reports", 1)} AND province_code = @province) AS d GROUP BY {ResolvedKeys}";

    public static string StoredReceivedGroups =>
        $"SELECT {ReceivedKeys}, reports, growth FROM report_tallies WHERE province_code = @province AND reports <> 0";

    public static string StoredResolvedGroups =>
        $"SELECT {ResolvedKeys}, reports, 0.0 FROM report_resolution_tallies WHERE province_code = @province AND reports <> 0";

    /// <summary>Empties both tallies and counts them again from every raw row, in the caller's transaction.</summary>
    public static IEnumerable<string> Rebuild(bool postgres)
    {
        yield return "DELETE FROM report_tallies;";
        yield return "DELETE FROM report_resolution_tallies;";
        yield return UpsertReceived(Received(postgres, "citizen_reports", 1)) + ";";
        yield return UpsertResolved(Resolved(postgres, "citizen_reports", 1)) + ";";
    }
}
