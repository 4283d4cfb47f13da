using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpsCenter.Domain.Events;

namespace OpsCenter.Domain.Persistence.Migrations;

/// <summary>
/// PostgreSQL only: every committed outbox row wakes the other instances with NOTIFY carrying just its id. A trigger,
/// not application code, so writers that bypass the app (bulk imports, SQL) wake the screens too. NOTIFY is
/// transactional: nothing is sent for a row that rolls back.
/// </summary>
[DbContext(typeof(OpsDbContext))]
[Migration("20261121155618_OutboxNotify")]
public sealed class OutboxNotify : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider != "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            return;
        }

        migrationBuilder.Sql($"""
            CREATE OR REPLACE FUNCTION ops_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('{OutboxOptions.Channel}', NEW.id::text);
                RETURN NULL;
            END $$;
            """);
        migrationBuilder.Sql("CREATE TRIGGER outbox_messages_notify AFTER INSERT ON outbox_messages FOR EACH ROW EXECUTE FUNCTION ops_outbox_notify();");
    }
}
