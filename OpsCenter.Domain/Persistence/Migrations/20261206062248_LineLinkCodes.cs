using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpsCenter.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LineLinkCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "line_link_codes",
                columns: table => new
                {
                    id = table.Column<long>(nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<string>(maxLength: 450, nullable: false),
                    code_hash = table.Column<string>(maxLength: 64, nullable: false),
                    created_at = table.Column<DateTime>(nullable: false),
                    expires_at = table.Column<DateTime>(nullable: false),
                    used_at = table.Column<DateTime>(nullable: true),
                    line_user_id = table.Column<string>(maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_line_link_codes", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_line_link_codes_code_hash",
                table: "line_link_codes",
                column: "code_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_line_link_codes_user_id",
                table: "line_link_codes",
                column: "user_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "line_link_codes");
        }
    }
}
