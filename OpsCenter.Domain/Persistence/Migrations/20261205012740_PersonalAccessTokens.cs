using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OpsCenter.Domain.Persistence.Migrations;

[DbContext(typeof(OpsDbContext))]
[Migration("20261205012740_PersonalAccessTokens")]
public sealed class PersonalAccessTokens : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "personal_access_tokens",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                user_id = table.Column<string>(nullable: false, maxLength: 450),
                province_code = table.Column<string>(nullable: false, maxLength: 2),
                name = table.Column<string>(nullable: false, maxLength: 200),
                token_hash = table.Column<string>(nullable: false, maxLength: 64),
                token_prefix = table.Column<string>(nullable: false, maxLength: 16),
                created_at = table.Column<DateTime>(nullable: false),
                created_by_user_id = table.Column<string>(nullable: false, maxLength: 450),
                expires_at = table.Column<DateTime>(nullable: false),
                revoked_at = table.Column<DateTime>(nullable: true),
                last_used_at = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_personal_access_tokens", x => x.id);
                table.ForeignKey("FK_personal_access_tokens_asp_net_users_user_id", x => x.user_id, "asp_net_users", new[] { "id" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_personal_access_tokens_token_hash", table: "personal_access_tokens", columns: new[] { "token_hash" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_personal_access_tokens_user_id", table: "personal_access_tokens", columns: new[] { "user_id" }, unique: false);
    }
}
