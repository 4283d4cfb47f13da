using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsCenter.Domain.Persistence.Migrations
{
    /// <summary>The open reports alone by due time keyed with what the overdue counts read, an index history does not grow.</summary>
    public partial class OpenReportsByDue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_citizen_reports_open_due",
                table: "citizen_reports",
                columns: new[] { "province_code", "due_at", "district_code", "subdistrict_code", "received_at", "escalation_level" },
                filter: "status IN (1, 2, 3, 4)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_citizen_reports_open_due",
                table: "citizen_reports");
        }
    }
}
