using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsCenter.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MapHeatFromTheReceivedIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_citizen_reports_province_code_received_at",
                table: "citizen_reports");

            migrationBuilder.CreateIndex(
                name: "IX_citizen_reports_received_located",
                table: "citizen_reports",
                columns: new[] { "province_code", "received_at", "district_code", "latitude", "longitude" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_citizen_reports_received_located",
                table: "citizen_reports");

            migrationBuilder.CreateIndex(
                name: "IX_citizen_reports_province_code_received_at",
                table: "citizen_reports",
                columns: new[] { "province_code", "received_at" });
        }
    }
}
