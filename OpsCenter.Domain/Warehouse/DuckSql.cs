namespace OpsCenter.Domain.Warehouse;

/// <summary>Quoting for the few things DuckDB cannot take as parameters: identifiers and file paths.</summary>
public static class DuckSql
{
    public static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static string Parquet(string path) => $"read_parquet({Literal(path)})";
}
