using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Warehouse;

public enum RowsAnswer
{
    Found,
    NotFound,
    /// <summary>The dataset is classified and the caller is not cleared to read its rows.</summary>
    NotCleared,
}

/// <summary>What a caller may read of a version's table: rows only with clearance for the dataset's content.</summary>
public sealed record RowsResult(RowsAnswer Answer, WarehouseTable? Table = null, RowPage? Page = null);

/// <summary>The one way pages and APIs read a version's rows: clearance first, then the table, then the query.</summary>
public sealed class WarehouseReader(WarehouseStore store, WarehouseQuery query)
{
    public WarehouseOptions Options => query.Options;

    /// <summary>The table's shape (columns and row count) without its rows; row counts and names are metadata.</summary>
    public async Task<RowsResult> DescribeAsync(Dataset dataset, DatasetVersion version, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!CatalogPolicy.CanSeeContent(dataset, actor))
        {
            return new RowsResult(RowsAnswer.NotCleared);
        }

        var table = await store.TableAsync(version.Id, cancellationToken: cancellationToken);
        return table is null ? new RowsResult(RowsAnswer.NotFound) : new RowsResult(RowsAnswer.Found, table);
    }

    public async Task<RowsResult> SearchAsync(Dataset dataset, DatasetVersion version, RowSearch search, Actor actor, CancellationToken cancellationToken = default)
    {
        var described = await DescribeAsync(dataset, version, actor, cancellationToken);
        return described.Table is { } table
            ? described with { Page = await query.SearchAsync(table, search, cancellationToken) }
            : described;
    }
}
