using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OpsCenter.Domain.Persistence.Migrations;

/// <summary>
/// The audit log is append-only in the database itself, not just by the application's good manners: UPDATE, DELETE
/// and (on PostgreSQL) TRUNCATE of audit_entries raise, whoever runs them, the application's own role included.
/// </summary>
[DbContext(typeof(OpsDbContext))]
[Migration("20261121184500_AuditAppendOnly")]
public sealed class AuditAppendOnly : Migration
{
    public const string Message = "audit_entries is append-only";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "detail", table: "audit_entries", maxLength: 400, nullable: true);
        if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            migrationBuilder.Sql($"""
                CREATE OR REPLACE FUNCTION ops_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '{Message}' USING ERRCODE = 'insufficient_privilege';
                END $$;
                """);
            migrationBuilder.Sql("CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON audit_entries FOR EACH ROW EXECUTE FUNCTION ops_audit_append_only();");
            migrationBuilder.Sql("CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries FOR EACH STATEMENT EXECUTE FUNCTION ops_audit_append_only();");
            return;
        }

        migrationBuilder.Sql($"CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries BEGIN SELECT RAISE(ABORT, '{Message}'); END;");
        migrationBuilder.Sql($"CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries BEGIN SELECT RAISE(ABORT, '{Message}'); END;");
    }
}
