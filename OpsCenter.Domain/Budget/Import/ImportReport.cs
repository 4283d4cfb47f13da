namespace OpsCenter.Domain.Budget.Import;

/// <summary>One reason a row (or, with row 0, the whole file) was refused; row numbers count the header as row 1, as a spreadsheet does.</summary>
public sealed record ImportIssue(long Row, string Field, string Thai, string English)
{
    public string Reason(bool thai) => thai ? Thai : English;
}

/// <summary>What an import did: rows read, accepted and saved, and why each refused row was refused.</summary>
public sealed record ImportReport(int Rows, int Accepted, int Created, int Updated, IReadOnlyList<ImportIssue> Issues)
{
    public int Rejected => Issues.Where(i => i.Row > 0).Select(i => i.Row).Distinct().Count();

    public bool FileRejected => Issues.Any(i => i.Row == 0);

    public static ImportReport FileProblem(string field, string thai, string english) => new(0, 0, 0, 0, [new ImportIssue(0, field, thai, english)]);
}

/// <summary>A column of an import file: its name, the other headers accepted for it (Thai ones included) and whether it must be there.</summary>
public sealed record ImportColumn(string Name, IReadOnlyList<string> Aliases, bool Required, string DescriptionTh, string DescriptionEn)
{
    public bool Matches(string header)
    {
        var normalized = header.Trim().TrimStart('\uFEFF');
        return string.Equals(normalized, Name, StringComparison.OrdinalIgnoreCase)
               || Aliases.Any(a => string.Equals(normalized, a, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Index of each column in the header row; columns not found are absent from the result.</summary>
    public static Dictionary<string, int> Locate(IReadOnlyList<ImportColumn> columns, IReadOnlyList<string> headers)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            for (var i = 0; i < headers.Count; i++)
            {
                if (column.Matches(headers[i]))
                {
                    result[column.Name] = i;
                    break;
                }
            }
        }

        return result;
    }
}
