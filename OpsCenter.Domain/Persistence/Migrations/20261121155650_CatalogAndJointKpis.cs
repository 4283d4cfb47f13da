using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OpsCenter.Domain.Persistence.Migrations;

[DbContext(typeof(OpsDbContext))]
[Migration("20261121155650_CatalogAndJointKpis")]
public sealed class CatalogAndJointKpis : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "data_type", table: "datasets", nullable: false, defaultValue: 0);

        migrationBuilder.AddColumn<string>(name: "maintainer", table: "datasets", nullable: true, maxLength: 200);

        migrationBuilder.AddColumn<string>(name: "maintainer_email", table: "datasets", nullable: true, maxLength: 200);

        migrationBuilder.AddColumn<string>(name: "tags", table: "datasets", nullable: false, maxLength: 1000, defaultValue: "");

        migrationBuilder.AddColumn<string>(name: "description", table: "datasets", nullable: true, maxLength: 4000);

        migrationBuilder.AddColumn<string>(name: "objective", table: "datasets", nullable: true, maxLength: 500);

        migrationBuilder.AddColumn<int>(name: "geo_coverage", table: "datasets", nullable: false, defaultValue: 0);

        migrationBuilder.AddColumn<string>(name: "data_source", table: "datasets", nullable: true, maxLength: 500);

        migrationBuilder.AddColumn<string>(name: "data_format", table: "datasets", nullable: true, maxLength: 100);

        migrationBuilder.AddColumn<string>(name: "license", table: "datasets", nullable: true, maxLength: 200);

        migrationBuilder.AddColumn<DateTime>(name: "metadata_modified_at", table: "datasets", nullable: false, defaultValue: new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        migrationBuilder.AddColumn<int>(name: "announced_freshness", table: "datasets", nullable: true);

        migrationBuilder.AddColumn<int>(name: "aggregation", table: "kpis", nullable: false, defaultValue: 0);

        migrationBuilder.AddColumn<int>(name: "source_dataset_id", table: "kpis", nullable: true);

        migrationBuilder.AddColumn<string>(name: "formula_th", table: "kpis", nullable: true, maxLength: 500);

        migrationBuilder.AddColumn<string>(name: "formula_en", table: "kpis", nullable: true, maxLength: 500);

        migrationBuilder.CreateTable(
            name: "dataset_versions",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                dataset_id = table.Column<int>(nullable: false),
                number = table.Column<int>(nullable: false),
                file_name = table.Column<string>(nullable: false, maxLength: 260),
                format = table.Column<string>(nullable: false, maxLength: 20),
                size_bytes = table.Column<long>(nullable: false),
                row_count = table.Column<long>(nullable: false),
                columns_json = table.Column<string>(nullable: false),
                schema_changes_json = table.Column<string>(nullable: true),
                sha256 = table.Column<string>(nullable: false, maxLength: 64),
                uploaded_by_user_id = table.Column<string>(nullable: true, maxLength: 450),
                uploaded_by_name = table.Column<string>(nullable: false, maxLength: 200),
                uploaded_at = table.Column<DateTime>(nullable: false),
                external_url = table.Column<string>(nullable: true, maxLength: 1000),
                has_content = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_dataset_versions", x => x.id);
                table.ForeignKey("FK_dataset_versions_datasets_dataset_id", x => x.dataset_id, "datasets", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "dataset_requirements",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                province_code = table.Column<string>(nullable: false, maxLength: 2),
                kpi_id = table.Column<int>(nullable: true),
                development_issue_code = table.Column<string>(nullable: true, maxLength: 40),
                need_title_th = table.Column<string>(nullable: true, maxLength: 300),
                need_title_en = table.Column<string>(nullable: true, maxLength: 300),
                required_title_th = table.Column<string>(nullable: false, maxLength: 300),
                required_title_en = table.Column<string>(nullable: true, maxLength: 300),
                dataset_id = table.Column<int>(nullable: true),
                note = table.Column<string>(nullable: true, maxLength: 1000),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_dataset_requirements", x => x.id);
                table.ForeignKey("FK_dataset_requirements_datasets_dataset_id", x => x.dataset_id, "datasets", new[] { "id" }, onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_dataset_requirements_kpis_kpi_id", x => x.kpi_id, "kpis", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.AddColumn<string>(name: "entered_by_name", table: "kpi_measurements", nullable: true, maxLength: 200);

        migrationBuilder.AddColumn<string>(name: "evidence_note", table: "kpi_measurements", nullable: true, maxLength: 2000);

        migrationBuilder.AddColumn<string>(name: "evidence_url", table: "kpi_measurements", nullable: true, maxLength: 1000);

        migrationBuilder.CreateTable(
            name: "kpi_owners",
            columns: table => new
            {
                kpi_id = table.Column<int>(nullable: false),
                agency_id = table.Column<int>(nullable: false),
                is_lead = table.Column<bool>(nullable: false),
                part_th = table.Column<string>(nullable: false, maxLength: 500),
                part_en = table.Column<string>(nullable: true, maxLength: 500),
                weight = table.Column<double>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_kpi_owners", x => new { x.kpi_id, x.agency_id });
                table.ForeignKey("FK_kpi_owners_agencies_agency_id", x => x.agency_id, "agencies", new[] { "id" }, onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_kpi_owners_kpis_kpi_id", x => x.kpi_id, "kpis", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "kpi_part_measurements",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                kpi_id = table.Column<int>(nullable: false),
                agency_id = table.Column<int>(nullable: false),
                period_start = table.Column<DateTime>(nullable: false),
                value = table.Column<double>(nullable: false),
                entered_by_user_id = table.Column<string>(nullable: true, maxLength: 450),
                entered_by_name = table.Column<string>(nullable: false, maxLength: 200),
                entered_at = table.Column<DateTime>(nullable: false),
                evidence_note = table.Column<string>(nullable: true, maxLength: 2000),
                evidence_url = table.Column<string>(nullable: true, maxLength: 1000),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_kpi_part_measurements", x => x.id);
                table.ForeignKey("FK_kpi_part_measurements_agencies_agency_id", x => x.agency_id, "agencies", new[] { "id" }, onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_kpi_part_measurements_kpis_kpi_id", x => x.kpi_id, "kpis", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "dataset_version_chunks",
            columns: table => new
            {
                version_id = table.Column<long>(nullable: false),
                index = table.Column<int>(nullable: false),
                bytes = table.Column<byte[]>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_dataset_version_chunks", x => new { x.version_id, x.index });
                table.ForeignKey("FK_dataset_version_chunks_dataset_versions_version_id", x => x.version_id, "dataset_versions", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_dataset_requirements_dataset_id", table: "dataset_requirements", columns: new[] { "dataset_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_dataset_requirements_development_issue_code", table: "dataset_requirements", columns: new[] { "development_issue_code" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_dataset_requirements_kpi_id", table: "dataset_requirements", columns: new[] { "kpi_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_dataset_requirements_province_code", table: "dataset_requirements", columns: new[] { "province_code" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_dataset_versions_dataset_id_number", table: "dataset_versions", columns: new[] { "dataset_id", "number" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_kpi_owners_agency_id", table: "kpi_owners", columns: new[] { "agency_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_kpi_part_measurements_agency_id", table: "kpi_part_measurements", columns: new[] { "agency_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_kpi_part_measurements_kpi_id_agency_id_period_start", table: "kpi_part_measurements", columns: new[] { "kpi_id", "agency_id", "period_start" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_kpis_source_dataset_id", table: "kpis", columns: new[] { "source_dataset_id" }, unique: false);
    }
}
