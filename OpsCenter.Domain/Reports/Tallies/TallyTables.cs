namespace OpsCenter.Domain.Reports.Tallies;

/// <summary>
/// Every tally as SQL over a source of signed report rows (the deltas, or the raw reports for a rebuild and a check):
/// what it is keyed by, how a report maps to its rows, and the grouped upsert that adds a batch.
/// </summary>
public sealed record TallyTables(string Name, string Keys, bool HasGrowth, Func<bool, string, string> Rows, string ProvinceFilter)
{
    /// <summary>Area codes are digits, so a province's codes sort between its own code and that code followed by a letter: a range on the key.</summary>
    private const string InProvince = "area_code >= @province AND area_code < (@province || 'z')";
    private const string Areas = "(SELECT 2 AS level UNION ALL SELECT 4 UNION ALL SELECT 6) AS lv";
    private const string ProvinceAndDistrict = "(SELECT 2 AS level UNION ALL SELECT 4) AS lv";
    private const string Grains = "(SELECT 0 AS grain UNION ALL SELECT 1) AS gr";
    private const string AreaOfLevel = "CASE lv.level WHEN 2 THEN src.province_code WHEN 4 THEN src.district_code ELSE src.subdistrict_code END";
    /// <summary>The need index's district: the report's own, or its subdistrict's, as <c>NeedReportAggregates</c> reads raw rows.</summary>
    private const string DistrictOrProvince = "CASE lv.level WHEN 2 THEN src.province_code ELSE COALESCE(src.district_code, substr(src.subdistrict_code, 1, 4)) END";
    private const string Timing = "CASE WHEN src.due_at IS NULL THEN -1 WHEN src.resolved_at <= src.due_at THEN 1 ELSE 0 END";
    private const string IsOpen = "src.status IN (1, 2, 3, 4)";

    public static readonly TallyTables Received = new("report_tallies",
        "province_code, day, district_code, subdistrict_code, category_code, kind, status", true,
        (pg, source) => $"""
            SELECT src.province_code, {Day(pg, "src.received_at")} AS day, COALESCE(src.district_code, '') AS district_code,
                   COALESCE(src.subdistrict_code, '') AS subdistrict_code, src.category_code, src.kind, src.status,
                   src.sign AS reports, src.sign * {Growth(pg)} AS growth
            FROM {source} AS src
            """, "province_code = @province");

    public static readonly TallyTables Resolved = new("report_resolution_tallies",
        "province_code, day, district_code, subdistrict_code, category_code, timing", false,
        (pg, source) => $"""
            SELECT src.province_code, {Day(pg, "src.resolved_at")} AS day, COALESCE(src.district_code, '') AS district_code,
                   COALESCE(src.subdistrict_code, '') AS subdistrict_code, src.category_code, {Timing} AS timing, src.sign AS reports
            FROM {source} AS src WHERE src.resolved_at IS NOT NULL
            """, "province_code = @province");

    public static readonly TallyTables AreaReceived = new("report_area_tallies", "area_code, grain, period, status", false,
        (pg, source) => $"""
            SELECT {AreaOfLevel} AS area_code, gr.grain,
                   CASE gr.grain WHEN 0 THEN {Day(pg, "src.received_at")} ELSE {Month(pg, "src.received_at")} END AS period,
                   src.status, src.sign AS reports
            FROM {source} AS src CROSS JOIN {Areas} CROSS JOIN {Grains}
            WHERE {AreaOfLevel} <> ''
            """, InProvince);

    public static readonly TallyTables AreaResolved = new("report_area_resolution_tallies", "area_code, grain, period, timing", false,
        (pg, source) => $"""
            SELECT {AreaOfLevel} AS area_code, gr.grain,
                   CASE gr.grain WHEN 0 THEN {Day(pg, "src.resolved_at")} ELSE {Month(pg, "src.resolved_at")} END AS period,
                   {Timing} AS timing, src.sign AS reports
            FROM {source} AS src CROSS JOIN {Areas} CROSS JOIN {Grains}
            WHERE src.resolved_at IS NOT NULL AND {AreaOfLevel} <> ''
            """, InProvince);

    public static readonly TallyTables Open = new("report_open_tallies", "area_code, due_day, imported", false,
        (pg, source) => $"""
            SELECT {AreaOfLevel} AS area_code, COALESCE({Day(pg, "src.due_at")}, {NoDueDay(pg)}) AS due_day,
                   src.escalation_level = {(int)EscalationLevel.ImportedBacklog} AS imported, src.sign AS reports
            FROM {source} AS src CROSS JOIN {Areas}
            WHERE {IsOpen} AND {AreaOfLevel} <> ''
            """, InProvince);

    public static readonly TallyTables ByCategory = new("report_category_tallies", "area_code, month, category_code, kind, status", true,
        (pg, source) => $"""
            SELECT {DistrictOrProvince} AS area_code, {Month(pg, "src.received_at")} AS month, src.category_code, src.kind, src.status,
                   src.sign AS reports, src.sign * {Growth(pg)} AS growth
            FROM {source} AS src CROSS JOIN {ProvinceAndDistrict}
            WHERE {DistrictOrProvince} <> ''
            """, InProvince);

    /// <summary>Coordinates outside the globe (and PostgreSQL's NaN, which sorts above every number) are on no cell.</summary>
    public static readonly TallyTables Heat = new("report_heat_tallies", "area_code, day, cell_row, cell_column", false,
        (pg, source) => $"""
            SELECT {AreaOfLevel} AS area_code, {Day(pg, "src.received_at")} AS day,
                   {Floor(pg, $"src.latitude / {Cell(pg)}")} AS cell_row, {Floor(pg, $"src.longitude / {Cell(pg)}")} AS cell_column, src.sign AS reports
            FROM {source} AS src CROSS JOIN {Areas}
            WHERE src.latitude BETWEEN -90 AND 90 AND src.longitude BETWEEN -180 AND 180 AND {AreaOfLevel} <> ''
            """, InProvince);

    public static readonly IReadOnlyList<TallyTables> All = [Received, Resolved, AreaReceived, AreaResolved, Open, ByCategory, Heat];

    private string Values => HasGrowth ? "reports, growth" : "reports";

    private string Sums => HasGrowth ? "SUM(reports), SUM(growth)" : "SUM(reports)";

    /// <summary>Adds the rows of a source of deltas, grouped, in key order (so two folds never wait on each other in a cycle).</summary>
    public string Upsert(bool postgres, string source) => $"""
        INSERT INTO {Name} ({Keys}, {Values})
        SELECT {Keys}, {Sums} FROM ({Rows(postgres, source)}) AS d
        WHERE true GROUP BY {Keys} HAVING {(HasGrowth ? "SUM(reports) <> 0 OR SUM(growth) <> 0" : "SUM(reports) <> 0")} ORDER BY {Keys}
        ON CONFLICT ({Keys}) DO UPDATE SET reports = {Name}.reports + excluded.reports{(HasGrowth ? $", growth = {Name}.growth + excluded.growth" : "")}
        """;

    /// <summary>The raw rows of one province (@province) grouped as this tally is, for a check: keys, then count and growth.</summary>
    public string RawGroups(bool postgres) =>
        $"SELECT {Keys}, SUM(reports), {(HasGrowth ? "SUM(growth)" : "0.0")} FROM ({Rows(postgres, $"(SELECT * FROM {TallyTriggers.RawSource} AS r WHERE r.province_code = @province)")}) AS d GROUP BY {Keys}";

    public string StoredGroups => $"SELECT {Keys}, reports, {(HasGrowth ? "growth" : "0.0")} FROM {Name} WHERE {ProvinceFilter} AND reports <> 0";

    public int KeyCount => Keys.Split(", ").Length;

    private static string Day(bool postgres, string column) =>
        postgres ? $"(({column} AT TIME ZONE 'UTC') + interval '7 hours')::date" : $"date({column}, '+7 hours')";

    private static string Month(bool postgres, string column) =>
        postgres ? $"date_trunc('month', ({column} AT TIME ZONE 'UTC') + interval '7 hours')::date" : $"date({column}, '+7 hours', 'start of month')";

    private static string Cell(bool postgres) =>
        HeatTally.CellDegrees.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + (postgres ? "::float8" : "");

    /// <summary>SQLite may lack floor(); a cast truncates toward zero, one less below zero when anything was cut off.</summary>
    private static string Floor(bool postgres, string value) =>
        postgres ? $"floor({value})::bigint" : $"(CAST({value} AS INTEGER) - (({value}) < CAST({value} AS INTEGER)))";

    private static string NoDueDay(bool postgres) => postgres ? "DATE '9999-12-31'" : "'9999-12-31'";

    private static string Growth(bool postgres) => postgres
        ? $"power(2.0::float8, EXTRACT(EPOCH FROM (src.received_at - timestamptz '2020-01-01 00:00:00+00'))::float8 / {TallyTriggers.GrowthHalfLifeDays * 86400:0})"
        : $"pow(2.0, (julianday(src.received_at) - 2458849.5) / {TallyTriggers.GrowthHalfLifeDays:0})";
}
