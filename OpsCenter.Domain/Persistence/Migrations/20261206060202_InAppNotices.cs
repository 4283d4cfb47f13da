using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsCenter.Domain.Persistence.Migrations
{
    /// <summary>
    /// The notification centre now lists in-app rows only: each staff notice sent before them gets its in-app row, read
    /// when its e-mail (or, without one, its LINE row) was read, so nobody's centre empties on upgrade.
    /// </summary>
    public partial class InAppNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                INSERT INTO notifications ("key", kind, province_code, channel, user_id, citizen_report_id, address, subject, body_th, body_en, link,
                    status, attempts, not_before, claimed_until, claim_token, last_error, created_at, sent_at, sent_in_batch_of, read_at)
                SELECT substr(n."key", 1, length(n."key") - 2) || '|4', n.kind, n.province_code, 4, n.user_id, NULL, n.user_id, n.subject, n.body_th,
                    n.body_en, n.link, 3, 0, n.created_at, NULL, NULL, NULL, n.created_at, n.created_at, 1, n.read_at
                FROM notifications n
                WHERE n.user_id IS NOT NULL AND n.citizen_report_id IS NULL
                  AND (n.channel = 1 OR (n.channel = 2 AND NOT EXISTS (
                      SELECT 1 FROM notifications e WHERE e."key" = substr(n."key", 1, length(n."key") - 2) || '|1')))
                  AND NOT EXISTS (SELECT 1 FROM notifications i WHERE i."key" = substr(n."key", 1, length(n."key") - 2) || '|4')
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM notifications WHERE channel = 4");
        }
    }
}
