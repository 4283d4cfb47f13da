namespace OpsCenter.DesignTime;

/// <summary>`dotnet ef` loads this assembly as its startup project; running it only says how (README, Migrations).</summary>
internal static class DesignTimeEntry
{
    private static void Main() => Console.WriteLine(
        "usage: dotnet ef migrations add <Name> --project OpsCenter.Domain --startup-project tools/DesignTime --output-dir Persistence/Migrations");
}
