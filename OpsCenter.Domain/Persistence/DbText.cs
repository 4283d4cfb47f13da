namespace OpsCenter.Domain.Persistence;

/// <summary>
/// Text functions both databases have, for case-insensitive search inside a query. SQL's <c>lower()</c> is mapped here
/// rather than <c>string.ToLower()</c>, whose culture question (CA1304) has no meaning inside the database.
/// </summary>
public static class DbText
{
    public static string Lower(string text) => throw new NotSupportedException("DbText.Lower runs only inside a database query.");
}
