using System;
using Microsoft.EntityFrameworkCore.Migrations;
using OpsCenter.Domain.Reports.Tallies;

#nullable disable

namespace OpsCenter.Domain.Persistence.Migrations
{
    /// <summary>
    /// Tallies of reports by place, category, status and day, kept by triggers so that no write path can forget them,
    /// and filled from the reports already there.
    /// </summary>
    public partial class ReportTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "report_resolution_tallies",
                columns: table => new
                {
                    province_code = table.Column<string>(maxLength: 2, nullable: false),
                    district_code = table.Column<string>(maxLength: 4, nullable: false),
                    subdistrict_code = table.Column<string>(maxLength: 6, nullable: false),
                    category_code = table.Column<string>(maxLength: 40, nullable: false),
                    day = table.Column<DateOnly>(nullable: false),
                    timing = table.Column<int>(nullable: false),
                    reports = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_resolution_tallies", x => new { x.province_code, x.day, x.district_code, x.subdistrict_code, x.category_code, x.timing });
                });

            migrationBuilder.CreateTable(
                name: "report_tallies",
                columns: table => new
                {
                    province_code = table.Column<string>(maxLength: 2, nullable: false),
                    district_code = table.Column<string>(maxLength: 4, nullable: false),
                    subdistrict_code = table.Column<string>(maxLength: 6, nullable: false),
                    category_code = table.Column<string>(maxLength: 40, nullable: false),
                    kind = table.Column<int>(nullable: false),
                    status = table.Column<int>(nullable: false),
                    day = table.Column<DateOnly>(nullable: false),
                    reports = table.Column<int>(nullable: false),
                    growth = table.Column<double>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_tallies", x => new { x.province_code, x.day, x.district_code, x.subdistrict_code, x.category_code, x.kind, x.status });
                });

            migrationBuilder.CreateIndex(
                name: "IX_citizen_reports_province_code_resolved_at",
                table: "citizen_reports",
                columns: new[] { "province_code", "resolved_at" });

            // The triggers and the first count came here until the tallies were folded from deltas; the TallyFolding
            // migration now creates them (its triggers need its delta table) and counts every tally from the raw rows.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in TallyTriggers.Drop(migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL"))
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.DropTable(
                name: "report_resolution_tallies");

            migrationBuilder.DropTable(
                name: "report_tallies");

            migrationBuilder.DropIndex(
                name: "IX_citizen_reports_province_code_resolved_at",
                table: "citizen_reports");
        }
    }
}
