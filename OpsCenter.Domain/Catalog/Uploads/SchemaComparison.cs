namespace OpsCenter.Domain.Catalog.Uploads;

public sealed record ColumnRename(string From, string To);

public sealed record ColumnTypeChange(string Column, ColumnType From, ColumnType To);

/// <summary>How a new version's columns differ from the previous version's.</summary>
public sealed record SchemaChanges(
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed,
    IReadOnlyList<ColumnRename> Renamed,
    IReadOnlyList<ColumnTypeChange> TypeChanged,
    long PreviousRowCount,
    long RowCount)
{
    public bool IsUnchanged => Added.Count == 0 && Removed.Count == 0 && Renamed.Count == 0 && TypeChanged.Count == 0;

    /// <summary>Removing or renaming a column breaks whoever reads the data by column name.</summary>
    public bool IsBreaking => Removed.Count > 0 || Renamed.Count > 0 || TypeChanged.Count > 0;

    public long RowDelta => RowCount - PreviousRowCount;
}

/// <summary>The schema check an upload gets against the version before it.</summary>
public static class SchemaComparison
{
    public static SchemaChanges Compare(IReadOnlyList<ColumnProfile> previous, long previousRows, IReadOnlyList<ColumnProfile> current, long rows)
    {
        var comparer = StringComparer.OrdinalIgnoreCase;
        var previousNames = previous.Select(c => c.Name).ToHashSet(comparer);
        var currentNames = current.Select(c => c.Name).ToHashSet(comparer);
        var removed = previous.Where(c => !currentNames.Contains(c.Name)).ToList();
        var added = current.Where(c => !previousNames.Contains(c.Name)).ToList();

        // A column that vanished and one that appeared in the same position with a compatible type is a rename.
        var renamed = new List<ColumnRename>();
        foreach (var gone in removed.ToList())
        {
            var position = IndexOf(previous, gone.Name);
            var candidate = added.FirstOrDefault(a => IndexOf(current, a.Name) == position && Compatible(gone.Type, a.Type));
            if (candidate is not null)
            {
                renamed.Add(new ColumnRename(gone.Name, candidate.Name));
                removed.Remove(gone);
                added.Remove(candidate);
            }
        }

        var typeChanged = current
            .Select(c => (Current: c, Previous: previous.FirstOrDefault(p => comparer.Equals(p.Name, c.Name))))
            .Where(x => x.Previous is not null && Compatible(x.Previous.Type, x.Current.Type) is false)
            .Select(x => new ColumnTypeChange(x.Current.Name, x.Previous!.Type, x.Current.Type))
            .ToList();

        return new SchemaChanges(added.Select(a => a.Name).ToList(), removed.Select(r => r.Name).ToList(), renamed, typeChanged, previousRows, rows);
    }

    /// <summary>An empty column says nothing about its type, and integers fit where decimals were.</summary>
    private static bool Compatible(ColumnType before, ColumnType after) =>
        before == after || before == ColumnType.Empty || after == ColumnType.Empty
        || (before, after) is (ColumnType.Decimal, ColumnType.Integer);

    private static int IndexOf(IReadOnlyList<ColumnProfile> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
