using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsCenter.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class NotificationLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "language",
                table: "notifications",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "language",
                table: "notification_preferences",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "language",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "language",
                table: "notification_preferences");
        }
    }
}
