namespace OpsCenter.Domain.Warehouse;

/// <summary>A problem with a query, named by the parameter it came from (CKAN reports errors per field).</summary>
public sealed class WarehouseQueryException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

public sealed record SortKey(string Column, bool Descending);

/// <summary>datastore_search's question: which rows (filters, text), which columns, in what order, which page.</summary>
public sealed record RowSearch
{
    public IReadOnlyList<string>? Fields { get; init; }

    /// <summary>Column → accepted values (any of them).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string?>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string?>>();

    /// <summary>Text any text column must contain.</summary>
    public string? Text { get; init; }

    /// <summary>Column → text it must contain.</summary>
    public IReadOnlyDictionary<string, string> TextByColumn { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<SortKey> Sort { get; init; } = [];

    public int Limit { get; init; } = 100;

    public int Offset { get; init; }

    public bool Distinct { get; init; }

    public bool IncludeTotal { get; init; } = true;
}

/// <summary>One page of rows: the columns answered (with their types), the values in column order, and the matching total.</summary>
public sealed record RowPage(IReadOnlyList<WarehouseColumn> Fields, IReadOnlyList<object?[]> Records, long? Total);
