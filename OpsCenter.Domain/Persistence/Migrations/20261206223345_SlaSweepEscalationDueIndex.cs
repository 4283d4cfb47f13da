using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsCenter.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SlaSweepEscalationDueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_citizen_reports_escalation_due",
                table: "citizen_reports",
                columns: new[] { "due_at", "escalation_level", "id" },
                filter: "status IN (1, 2, 3, 4) AND escalation_level IN (0, 1)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_citizen_reports_escalation_due",
                table: "citizen_reports");
        }
    }
}
