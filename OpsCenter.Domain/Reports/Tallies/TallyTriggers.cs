namespace OpsCenter.Domain.Reports.Tallies;

/// <summary>
/// The SQL behind the tallies: the triggers on <c>citizen_reports</c> that append each change to
/// <c>report_tally_deltas</c> (created by the TallyFolding migration), the fold of those deltas into every tally
/// (<see cref="TallyTables"/>), and the rebuild from the raw rows. PostgreSQL's statement triggers append a COPY of a
/// million rows in one INSERT; SQLite has only row triggers.
/// </summary>
public static class TallyTriggers
{
    /// <summary>The half-life the stored growth is computed with: the need index's default.</summary>
    public const double GrowthHalfLifeDays = 180;

    /// <summary>2020-01-01 UTC, the origin of the growth exponent.</summary>
    public static readonly DateTime GrowthOrigin = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The columns a delta copies from the report, in this order, then its sign.</summary>
    private const string Columns =
        "province_code, district_code, subdistrict_code, category_code, kind, status, escalation_level, received_at, resolved_at, due_at, latitude, longitude";

    private static string Prefixed(string prefix) => string.Join(", ", Columns.Split(", ").Select(c => $"{prefix}.{c}"));

    /// <summary>The report's values that some tally is keyed by; a change of any other column leaves every tally as it is.</summary>
    private static string Keyed(string prefix) =>
        $"{prefix}.province_code, {prefix}.district_code, {prefix}.subdistrict_code, {prefix}.category_code, {prefix}.kind, {prefix}.status, "
        + $"{prefix}.escalation_level = {(int)EscalationLevel.ImportedBacklog}, {prefix}.received_at, {prefix}.resolved_at, {prefix}.due_at, {prefix}.latitude, {prefix}.longitude";

    /// <summary>Every raw report as a delta of +1, the source a rebuild and a check read.</summary>
    public const string RawSource = $"(SELECT {Columns}, 1 AS sign FROM citizen_reports)";

    private const string AppendInsert = $"INSERT INTO report_tally_deltas ({Columns}, sign)";

    public static IEnumerable<string> CreatePostgres()
    {
        yield return $"""
            CREATE OR REPLACE FUNCTION report_tallies_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    {AppendInsert} SELECT {Columns}, 1 FROM new_rows;
                ELSIF TG_OP = 'DELETE' THEN
                    {AppendInsert} SELECT {Columns}, -1 FROM old_rows;
                ELSE
                    {AppendInsert}
                    SELECT {Prefixed("o")}, -1 FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE ({Keyed("o")}) IS DISTINCT FROM ({Keyed("n")})
                    UNION ALL
                    SELECT {Prefixed("n")}, 1 FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE ({Keyed("o")}) IS DISTINCT FROM ({Keyed("n")});
                END IF;
                RETURN NULL;
            END $$;
            """;
        yield return $"""
            CREATE OR REPLACE FUNCTION report_tallies_clear() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                TRUNCATE report_tally_deltas, {string.Join(", ", TallyTables.All.Select(t => t.Name))};
                RETURN NULL;
            END $$;
            """;
        yield return "CREATE TRIGGER report_tallies_insert AFTER INSERT ON citizen_reports REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_tallies_maintain();";
        yield return "CREATE TRIGGER report_tallies_update AFTER UPDATE ON citizen_reports REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_tallies_maintain();";
        yield return "CREATE TRIGGER report_tallies_delete AFTER DELETE ON citizen_reports REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_tallies_maintain();";
        yield return "CREATE TRIGGER report_tallies_truncate AFTER TRUNCATE ON citizen_reports FOR EACH STATEMENT EXECUTE FUNCTION report_tallies_clear();";
    }

    public static IEnumerable<string> CreateSqlite()
    {
        yield return $"CREATE TRIGGER report_tallies_insert AFTER INSERT ON citizen_reports BEGIN {AppendInsert} VALUES ({Prefixed("NEW")}, 1); END;";
        yield return $"CREATE TRIGGER report_tallies_delete AFTER DELETE ON citizen_reports BEGIN {AppendInsert} VALUES ({Prefixed("OLD")}, -1); END;";
        var changed = string.Join(" OR ", Keyed("OLD").Split(", ").Zip(Keyed("NEW").Split(", "), (o, n) => $"({o}) IS NOT ({n})"));
        yield return $"""
            CREATE TRIGGER report_tallies_update AFTER UPDATE ON citizen_reports WHEN {changed} BEGIN
                {AppendInsert} VALUES ({Prefixed("OLD")}, -1);
                {AppendInsert} VALUES ({Prefixed("NEW")}, 1);
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

    /// <summary>
    /// PostgreSQL's fold: one statement that deletes the deltas it can see and adds them to every tally, so a delta
    /// committed meanwhile stays for the next fold and none is counted twice or lost.
    /// </summary>
    public static string FoldPostgres()
    {
        var upserts = TallyTables.All.Select((t, i) => $"t{i} AS ({t.Upsert(true, "moved")})");
        return $"WITH moved AS (DELETE FROM report_tally_deltas RETURNING {Columns}, sign), {string.Join(",\n", upserts)} SELECT count(*) FROM moved";
    }

    /// <summary>SQLite's fold, in one IMMEDIATE transaction (no other writer meanwhile): the deltas up to an id, then their deletion.</summary>
    public static IEnumerable<string> FoldSqlite(long lastId)
    {
        var source = $"(SELECT * FROM report_tally_deltas WHERE id <= {lastId})";
        foreach (var table in TallyTables.All)
        {
            yield return table.Upsert(false, source);
        }

        yield return $"DELETE FROM report_tally_deltas WHERE id <= {lastId}";
    }

    /// <summary>Empties every tally and the deltas and counts them again from every raw row, in the caller's transaction.</summary>
    public static IEnumerable<string> Rebuild(bool postgres)
    {
        yield return "DELETE FROM report_tally_deltas;";
        foreach (var table in TallyTables.All)
        {
            yield return $"DELETE FROM {table.Name};";
            yield return table.Upsert(postgres, RawSource) + ";";
        }
    }
}
