using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsCenter.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Open311NewestAcrossProvinces : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_citizen_reports_received_at_id",
                table: "citizen_reports",
                columns: new[] { "received_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_citizen_reports_received_at_id",
                table: "citizen_reports");
        }
    }
}
