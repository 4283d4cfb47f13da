using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using OpsCenter.Domain.Persistence;

// There is no `dotnet ef` on these machines (its design-time package does not restore), so this writes the next
// migration: it migrates an in-memory SQLite database with the existing migrations, compares it with the current model
// and emits provider-neutral operations for what is missing (new tables, columns and indexes).
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: dotnet run --project tools/MigrationScaffolder -- <MigrationName>");
    return 2;
}

var name = args[0];
await using var connection = new SqliteConnection("Data Source=:memory:");
await connection.OpenAsync();
var options = new DbContextOptionsBuilder<OpsDbContext>();
DomainServiceCollectionExtensions.Configure(options, DatabaseProvider.Sqlite, "Data Source=:memory:");
options.UseSqlite(connection);
await using var db = new OpsDbContext(options.Options);
await db.Database.MigrateAsync();

var existingTables = new Dictionary<string, HashSet<string>>();
var existingIndexes = new HashSet<string>();
await using (var command = connection.CreateCommand())
{
    command.CommandText = "SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('table','index')";
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
        if (reader.GetString(0) == "table")
        {
            existingTables[reader.GetString(1)] = [];
        }
        else
        {
            existingIndexes.Add(reader.GetString(1));
        }
    }
}

foreach (var table in existingTables.Keys.ToList())
{
    await using var command = connection.CreateCommand();
    command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
        existingTables[table].Add(reader.GetString(0));
    }
}

var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
var operations = db.GetService<IMigrationsModelDiffer>().GetDifferences(null, model);
var code = new StringBuilder();
var pending = 0;
foreach (var operation in operations)
{
    switch (operation)
    {
        case CreateTableOperation table when !existingTables.ContainsKey(table.Name):
            EmitCreateTable(code, table);
            pending++;
            break;
        case CreateTableOperation table:
            foreach (var column in table.Columns.Where(c => !existingTables[table.Name].Contains(c.Name)))
            {
                EmitAddColumn(code, column, table.Name);
                pending++;
            }

            foreach (var fk in table.ForeignKeys.Where(fk => fk.Columns.Any(c => !existingTables[table.Name].Contains(c))))
            {
                code.AppendLine(CultureInfo.InvariantCulture, $"        // Not emitted: foreign key {fk.Name} on existing table {table.Name} (SQLite cannot add one without rebuilding the table).");
            }

            break;
        case CreateIndexOperation index when !existingIndexes.Contains(index.Name):
            EmitCreateIndex(code, index);
            pending++;
            break;
    }
}

if (pending == 0)
{
    Console.WriteLine("The migrations already match the model; nothing to write.");
    return 0;
}

var id = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "_" + name;
var path = Path.Combine(FindMigrationsFolder(), id + ".cs");
await File.WriteAllTextAsync(path, $$"""
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OpsCenter.Domain.Persistence.Migrations;

[DbContext(typeof(OpsDbContext))]
[Migration("{{id}}")]
public sealed class {{name}} : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
{{code.ToString().TrimEnd()}}
    }
}

""");
Console.WriteLine($"Wrote {path} ({pending} operations). Read it before committing.");
return 0;

static void EmitCreateTable(StringBuilder code, CreateTableOperation table)
{
    code.AppendLine(CultureInfo.InvariantCulture, $"        migrationBuilder.CreateTable(");
    code.AppendLine(CultureInfo.InvariantCulture, $"            name: \"{table.Name}\",");
    code.AppendLine("            columns: table => new");
    code.AppendLine("            {");
    foreach (var column in table.Columns)
    {
        code.AppendLine(CultureInfo.InvariantCulture, $"                {Identifier(column.Name)} = {ColumnExpression("table.Column", column)},");
    }

    code.AppendLine("            },");
    code.AppendLine("            constraints: table =>");
    code.AppendLine("            {");
    if (table.PrimaryKey is { } pk)
    {
        code.AppendLine(CultureInfo.InvariantCulture, $"                table.PrimaryKey(\"{pk.Name}\", {ColumnsLambda(pk.Columns)});");
    }

    foreach (var fk in table.ForeignKeys)
    {
        code.AppendLine(CultureInfo.InvariantCulture,
            $"                table.ForeignKey(\"{fk.Name}\", {ColumnsLambda(fk.Columns)}, \"{fk.PrincipalTable}\", {Strings(fk.PrincipalColumns!)}, onDelete: ReferentialAction.{fk.OnDelete});");
    }

    foreach (var unique in table.UniqueConstraints)
    {
        code.AppendLine(CultureInfo.InvariantCulture, $"                table.UniqueConstraint(\"{unique.Name}\", {ColumnsLambda(unique.Columns)});");
    }

    code.AppendLine("            });");
    code.AppendLine();
}

static void EmitAddColumn(StringBuilder code, AddColumnOperation column, string table)
{
    var expression = ColumnExpression($"migrationBuilder.AddColumn", column, table);
    code.AppendLine(CultureInfo.InvariantCulture, $"        {expression};");
    code.AppendLine();
}

static void EmitCreateIndex(StringBuilder code, CreateIndexOperation index)
{
    var filter = index.Filter is null ? "" : $", filter: \"{index.Filter.Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
    code.AppendLine(CultureInfo.InvariantCulture,
        $"        migrationBuilder.CreateIndex(name: \"{index.Name}\", table: \"{index.Table}\", columns: {Strings(index.Columns)}, unique: {(index.IsUnique ? "true" : "false")}{filter});");
    code.AppendLine();
}

static string ColumnExpression(string call, AddColumnOperation column, string? table = null)
{
    var type = TypeName(column.ClrType);
    var parts = new List<string>();
    if (table is not null)
    {
        parts.Add($"name: \"{column.Name}\"");
        parts.Add($"table: \"{table}\"");
    }

    parts.Add($"nullable: {(column.IsNullable ? "true" : "false")}");
    if (column.MaxLength is { } max)
    {
        parts.Add($"maxLength: {max}");
    }

    if (table is not null && !column.IsNullable)
    {
        parts.Add($"defaultValue: {DefaultLiteral(column.ClrType)}");
    }

    var expression = $"{call}<{type}>({string.Join(", ", parts)})";
    if (column.FindAnnotation("Sqlite:Autoincrement") is not null)
    {
        // Both providers' identity annotations: each provider reads its own and ignores the other's.
        expression += "\n                    .Annotation(\"Sqlite:Autoincrement\", true)\n                    .Annotation(\"Npgsql:ValueGenerationStrategy\", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)";
    }

    return expression;
}

static string DefaultLiteral(Type type) => Nullable.GetUnderlyingType(type) is not null ? "null" : type switch
{
    _ when type == typeof(string) => "\"\"",
    _ when type == typeof(bool) => "false",
    _ when type == typeof(DateTime) => "new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc)",
    _ when type == typeof(double) => "0.0",
    _ when type == typeof(long) => "0L",
    _ when type == typeof(byte[]) => "Array.Empty<byte>()",
    _ => "0",
};

static string TypeName(Type type)
{
    var underlying = Nullable.GetUnderlyingType(type);
    if (underlying is not null)
    {
        return TypeName(underlying) + "?";
    }

    return type switch
    {
        _ when type == typeof(string) => "string",
        _ when type == typeof(int) => "int",
        _ when type == typeof(long) => "long",
        _ when type == typeof(bool) => "bool",
        _ when type == typeof(double) => "double",
        _ when type == typeof(byte[]) => "byte[]",
        _ when type == typeof(short) => "short",
        _ => type.Name,
    };
}

static string Identifier(string column) => column is "class" or "event" or "operator" or "base" or "default" ? "@" + column : column;

static string Strings(IEnumerable<string> values) => "new[] { " + string.Join(", ", values.Select(v => $"\"{v}\"")) + " }";

static string ColumnsLambda(IReadOnlyList<string> columns) =>
    columns.Count == 1 ? $"x => x.{Identifier(columns[0])}" : "x => new { " + string.Join(", ", columns.Select(c => "x." + Identifier(c))) + " }";

static string FindMigrationsFolder()
{
    var directory = new DirectoryInfo(Directory.GetCurrentDirectory());
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OpsCenter.sln")))
    {
        directory = directory.Parent;
    }

    return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Run inside the OpsCenter repository."), "OpsCenter.Domain", "Persistence", "Migrations");
}
