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

    /// <summary>
    /// Aggregates for anyone on public data; on personal data, callers without clearance get the aggregates with small
    /// groups withheld (PDPA); security and secret data only to the cleared.
    /// </summary>
    public async Task<(RowsAnswer Answer, WarehouseTable? Table, AggregateResult? Result)> AggregateAsync(Dataset dataset, DatasetVersion version, Aggregation aggregation, Actor actor, CancellationToken cancellationToken = default)
    {
        var cleared = CatalogPolicy.CanSeeContent(dataset, actor);
        if (!cleared && dataset.Classification != Security.DataClassification.Personal)
        {
            return (RowsAnswer.NotCleared, null, null);
        }

        if (await store.TableAsync(version.Id, cancellationToken: cancellationToken) is not { } table)
        {
            return (RowsAnswer.NotFound, null, null);
        }

        var minimum = cleared ? 1 : Math.Max(2, query.Options.MinimumGroupSize);
        if (aggregation.Measure != Measure.RatePerThousand)
        {
            return (RowsAnswer.Found, table, await query.AggregateAsync(table, aggregation, minimum, cancellationToken));
        }

        var area = aggregation.GroupBy.Select((g, i) => (g, i)).FirstOrDefault(x => x.g.Level is not null);
        if (area.g is null)
        {
            throw new WarehouseQueryException("measure", "A rate per 1,000 residents needs a grouping by area");
        }

        var counted = await query.AggregateAsync(table, aggregation with { Measure = aggregation.Of is null ? Measure.Count : Measure.Sum }, minimum, cancellationToken);
        var gazetteer = await store.GazetteerAsync(cancellationToken);
        return (RowsAnswer.Found, table, counted with { Rows = AreaRates.PerThousand(counted.Rows, area.i, gazetteer) });
    }

    /// <summary>The table's columns for choosing groups and measures: names and meanings only, so any aggregate viewer may have them.</summary>
    public async Task<WarehouseTable?> ShapeAsync(Dataset dataset, DatasetVersion version, Actor actor, CancellationToken cancellationToken = default) =>
        CatalogPolicy.CanSeeContent(dataset, actor) || dataset.Classification == Security.DataClassification.Personal
            ? await store.TableAsync(version.Id, cancellationToken: cancellationToken)
            : null;

    /// <summary>Every known area's names by DOPA code, to label grouped places.</summary>
    public async Task<IReadOnlyDictionary<string, GazetteerArea>> AreasAsync(IEnumerable<string?> codes, CancellationToken cancellationToken = default)
    {
        var gazetteer = await store.GazetteerAsync(cancellationToken);
        return codes.OfType<string>().Distinct().Select(gazetteer.Get).OfType<GazetteerArea>().ToDictionary(a => a.Code);
    }

    public async Task<RowsResult> SearchAsync(Dataset dataset, DatasetVersion version, RowSearch search, Actor actor, CancellationToken cancellationToken = default)
    {
        var described = await DescribeAsync(dataset, version, actor, cancellationToken);
        return described.Table is { } table
            ? described with { Page = await query.SearchAsync(table, search, cancellationToken) }
            : described;
    }
}
