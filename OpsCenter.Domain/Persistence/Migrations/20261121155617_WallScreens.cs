using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OpsCenter.Domain.Persistence.Migrations;

[DbContext(typeof(OpsDbContext))]
[Migration("20261121155617_WallScreens")]
public sealed class WallScreens : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "wall_screens",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                province_code = table.Column<string>(nullable: false, maxLength: 2),
                slug = table.Column<string>(nullable: false, maxLength: 40),
                name_th = table.Column<string>(nullable: false, maxLength: 200),
                name_en = table.Column<string>(nullable: false, maxLength: 200),
                area_code = table.Column<string>(nullable: true, maxLength: 6),
                period_days = table.Column<int>(nullable: false),
                rotation_seconds = table.Column<int>(nullable: false),
                sort_order = table.Column<int>(nullable: false),
                slides_json = table.Column<string>(nullable: false, maxLength: 8000),
                control_mode = table.Column<int>(nullable: false),
                control_slide = table.Column<int>(nullable: false),
                control_anchor_at = table.Column<DateTime>(nullable: false),
                alarm_only = table.Column<bool>(nullable: false),
                updated_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_wall_screens", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "screen_tokens",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                province_code = table.Column<string>(nullable: false, maxLength: 2),
                name = table.Column<string>(nullable: false, maxLength: 200),
                token_hash = table.Column<string>(nullable: false, maxLength: 64),
                token_prefix = table.Column<string>(nullable: false, maxLength: 16),
                screen_id = table.Column<int>(nullable: true),
                created_at = table.Column<DateTime>(nullable: false),
                created_by_user_id = table.Column<string>(nullable: true, maxLength: 450),
                revoked_at = table.Column<DateTime>(nullable: true),
                last_seen_at = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_screen_tokens", x => x.id);
                table.ForeignKey("FK_screen_tokens_wall_screens_screen_id", x => x.screen_id, "wall_screens", new[] { "id" }, onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateIndex(name: "IX_screen_tokens_screen_id", table: "screen_tokens", columns: new[] { "screen_id" }, unique: false);

        migrationBuilder.CreateIndex(name: "IX_screen_tokens_token_hash", table: "screen_tokens", columns: new[] { "token_hash" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_wall_screens_province_code_slug", table: "wall_screens", columns: new[] { "province_code", "slug" }, unique: true);
    }
}
