using Microsoft.EntityFrameworkCore.Migrations;

namespace OpsCenter.Domain.Persistence.Migrations;

/// <summary>
/// The schema up to here was written by hand (the migrations before this one). This migration changes nothing: it is
/// where `dotnet ef` took over. Its designer file and OpsDbContextModelSnapshot.cs hold the model that the next
/// migration is diffed against (and that `dotnet ef migrations remove` restores).
/// </summary>
public partial class DotnetEfBaseline : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
    }
}
