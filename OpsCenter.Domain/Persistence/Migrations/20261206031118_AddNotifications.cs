using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpsCenter.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "notification_preferences",
                columns: table => new
                {
                    user_id = table.Column<string>(maxLength: 450, nullable: false),
                    email = table.Column<bool>(nullable: false),
                    line = table.Column<bool>(nullable: false),
                    line_user_id = table.Column<string>(maxLength: 100, nullable: true),
                    quiet_start_minute = table.Column<int>(nullable: false),
                    quiet_end_minute = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notification_preferences", x => x.user_id);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<long>(nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("Sqlite:Autoincrement", true),
                    key = table.Column<string>(maxLength: 400, nullable: false),
                    kind = table.Column<string>(maxLength: 40, nullable: false),
                    province_code = table.Column<string>(maxLength: 2, nullable: false),
                    channel = table.Column<int>(nullable: false),
                    user_id = table.Column<string>(maxLength: 450, nullable: true),
                    citizen_report_id = table.Column<long>(nullable: true),
                    address = table.Column<string>(maxLength: 500, nullable: false),
                    subject = table.Column<string>(maxLength: 500, nullable: false),
                    body_th = table.Column<string>(maxLength: 8000, nullable: false),
                    body_en = table.Column<string>(maxLength: 8000, nullable: false),
                    link = table.Column<string>(maxLength: 500, nullable: false),
                    status = table.Column<int>(nullable: false),
                    attempts = table.Column<int>(nullable: false),
                    not_before = table.Column<DateTime>(nullable: false),
                    claimed_until = table.Column<DateTime>(nullable: true),
                    claim_token = table.Column<string>(maxLength: 40, nullable: true),
                    last_error = table.Column<string>(maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTime>(nullable: false),
                    sent_at = table.Column<DateTime>(nullable: true),
                    sent_in_batch_of = table.Column<int>(nullable: false),
                    read_at = table.Column<DateTime>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_claim_token",
                table: "notifications",
                column: "claim_token");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_key",
                table: "notifications",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notifications_status_not_before",
                table: "notifications",
                columns: new[] { "status", "not_before" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_user_id_created_at",
                table: "notifications",
                columns: new[] { "user_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notification_preferences");

            migrationBuilder.DropTable(
                name: "notifications");
        }
    }
}
