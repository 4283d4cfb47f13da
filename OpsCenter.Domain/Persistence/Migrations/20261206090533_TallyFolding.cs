using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using OpsCenter.Domain.Reports.Tallies;

#nullable disable

namespace OpsCenter.Domain.Persistence.Migrations
{
    /// <summary>
    /// Coarse tallies per area (province, district, subdistrict) by day and month, the open reports by due day,
    /// categories by month and the heat grid by day; writers now only append deltas, which a single folder adds to every
    /// tally. Every tally is counted again from the raw rows here.
    /// </summary>
    public partial class TallyFolding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "report_area_resolution_tallies",
                columns: table => new
                {
                    area_code = table.Column<string>(maxLength: 6, nullable: false),
                    grain = table.Column<int>(nullable: false),
                    period = table.Column<DateOnly>(nullable: false),
                    timing = table.Column<int>(nullable: false),
                    reports = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_area_resolution_tallies", x => new { x.area_code, x.grain, x.period, x.timing });
                });

            migrationBuilder.CreateTable(
                name: "report_area_tallies",
                columns: table => new
                {
                    area_code = table.Column<string>(maxLength: 6, nullable: false),
                    grain = table.Column<int>(nullable: false),
                    period = table.Column<DateOnly>(nullable: false),
                    status = table.Column<int>(nullable: false),
                    reports = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_area_tallies", x => new { x.area_code, x.grain, x.period, x.status });
                });

            migrationBuilder.CreateTable(
                name: "report_category_tallies",
                columns: table => new
                {
                    area_code = table.Column<string>(maxLength: 4, nullable: false),
                    month = table.Column<DateOnly>(nullable: false),
                    category_code = table.Column<string>(maxLength: 40, nullable: false),
                    kind = table.Column<int>(nullable: false),
                    status = table.Column<int>(nullable: false),
                    reports = table.Column<int>(nullable: false),
                    growth = table.Column<double>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_category_tallies", x => new { x.area_code, x.month, x.category_code, x.kind, x.status });
                });

            migrationBuilder.CreateTable(
                name: "report_heat_tallies",
                columns: table => new
                {
                    area_code = table.Column<string>(maxLength: 6, nullable: false),
                    day = table.Column<DateOnly>(nullable: false),
                    cell_row = table.Column<long>(nullable: false),
                    cell_column = table.Column<long>(nullable: false),
                    reports = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_heat_tallies", x => new { x.area_code, x.day, x.cell_row, x.cell_column });
                });

            migrationBuilder.CreateTable(
                name: "report_open_tallies",
                columns: table => new
                {
                    area_code = table.Column<string>(maxLength: 6, nullable: false),
                    due_day = table.Column<DateOnly>(nullable: false),
                    imported = table.Column<bool>(nullable: false),
                    reports = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_open_tallies", x => new { x.area_code, x.due_day, x.imported });
                });

            migrationBuilder.CreateTable(
                name: "report_tally_deltas",
                columns: table => new
                {
                    id = table.Column<long>(nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("Sqlite:Autoincrement", true),
                    province_code = table.Column<string>(maxLength: 2, nullable: false),
                    district_code = table.Column<string>(maxLength: 4, nullable: true),
                    subdistrict_code = table.Column<string>(maxLength: 6, nullable: true),
                    category_code = table.Column<string>(maxLength: 40, nullable: false),
                    kind = table.Column<int>(nullable: false),
                    status = table.Column<int>(nullable: false),
                    escalation_level = table.Column<int>(nullable: false),
                    received_at = table.Column<DateTime>(nullable: false),
                    resolved_at = table.Column<DateTime>(nullable: true),
                    due_at = table.Column<DateTime>(nullable: true),
                    latitude = table.Column<double>(nullable: true),
                    longitude = table.Column<double>(nullable: true),
                    sign = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_tally_deltas", x => x.id);
                });

            var postgres = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";
            foreach (var sql in TallyTriggers.Drop(postgres)
                .Concat(postgres ? TallyTriggers.CreatePostgres() : TallyTriggers.CreateSqlite())
                .Concat(TallyTriggers.Rebuild(postgres)))
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in TallyTriggers.Drop(migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL"))
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.DropTable(
                name: "report_area_resolution_tallies");

            migrationBuilder.DropTable(
                name: "report_area_tallies");

            migrationBuilder.DropTable(
                name: "report_category_tallies");

            migrationBuilder.DropTable(
                name: "report_heat_tallies");

            migrationBuilder.DropTable(
                name: "report_open_tallies");

            migrationBuilder.DropTable(
                name: "report_tally_deltas");
        }
    }
}
