using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsCenter.Domain.Persistence.Migrations
{
    /// <summary>The fine and category tallies' keys with their sums, so a province's rows are read from the index alone.</summary>
    public partial class CoveringTallyIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_report_tallies_covering",
                table: "report_tallies",
                columns: new[] { "province_code", "day", "district_code", "subdistrict_code", "category_code", "kind", "status", "reports", "growth" });

            migrationBuilder.CreateIndex(
                name: "IX_report_category_tallies_covering",
                table: "report_category_tallies",
                columns: new[] { "area_code", "month", "category_code", "kind", "status", "reports", "growth" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_report_tallies_covering",
                table: "report_tallies");

            migrationBuilder.DropIndex(
                name: "IX_report_category_tallies_covering",
                table: "report_category_tallies");
        }
    }
}
