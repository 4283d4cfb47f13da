using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace OpsCenter.DesignTime;

/// <summary>
/// One migration set serves SQLite and PostgreSQL. The design-time provider (SQLite) would write its own column types
/// ("TEXT", "INTEGER") into every column, which PostgreSQL cannot use; without a type, each provider maps the column's
/// CLR type itself when the migration runs. SQLite's autoincrement becomes PostgreSQL's identity column alongside.
/// The operations are rewritten before the C# is generated, so the file's usings cover what the rewrite adds.
/// </summary>
public sealed class ProviderNeutralMigrationsGenerator(
    MigrationsCodeGeneratorDependencies dependencies,
    CSharpMigrationsGeneratorDependencies csharpDependencies)
    : CSharpMigrationsGenerator(dependencies, csharpDependencies)
{
    private const string SqliteAutoincrement = "Sqlite:Autoincrement";
    private const string NpgsqlValueGeneration = "Npgsql:ValueGenerationStrategy";

    public override string GenerateMigration(
        string? migrationNamespace,
        string migrationName,
        IReadOnlyList<MigrationOperation> upOperations,
        IReadOnlyList<MigrationOperation> downOperations)
    {
        Rewrite(upOperations.Concat(downOperations));
        return base.GenerateMigration(migrationNamespace, migrationName, upOperations, downOperations);
    }

    /// <summary>
    /// The designer file's model is the migration's target model, and PostgreSQL takes a column's type from it when the
    /// operation has none: SQLite's "TEXT" there would make every time column text. Without types each provider maps
    /// the CLR type itself, as for the operations. (The model snapshot keeps them: it is only diffed at design time.)
    /// </summary>
    public override string GenerateMetadata(string? migrationNamespace, Type contextType, string migrationName, string migrationId, IModel targetModel) =>
        WithoutColumnTypes(base.GenerateMetadata(migrationNamespace, contextType, migrationName, migrationId, targetModel));

    public static string WithoutColumnTypes(string designerCode) =>
        Regex.Replace(designerCode, @"\r?\n[ \t]*\.HasColumnType\(""[^""]*""\)", "");

    public static void Rewrite(IEnumerable<MigrationOperation> operations)
    {
        foreach (var column in operations.SelectMany(Columns))
        {
            Neutralize(column);
        }
    }

    private static IEnumerable<ColumnOperation> Columns(MigrationOperation operation) => operation switch
    {
        CreateTableOperation table => table.Columns,
        AlterColumnOperation alter => [alter, alter.OldColumn],
        ColumnOperation column => [column],
        _ => [],
    };

    private static void Neutralize(ColumnOperation column)
    {
        column.ColumnType = null;
        if (column[SqliteAutoincrement] is true && column[NpgsqlValueGeneration] is null)
        {
            column.AddAnnotation(NpgsqlValueGeneration, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
        }
    }
}
