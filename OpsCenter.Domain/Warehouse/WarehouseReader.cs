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

/// <summary>Another dataset's version whose measure per area (the sum of <see cref="Of"/>, or its rows) is a rate's denominator: e.g. poor people per 1,000 registered residents.</summary>
public sealed record RateBase(Dataset Dataset, DatasetVersion Version, string? Of);

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
    /// <param name="per">For a rate, the dataset whose measure per area divides it; without one, the area hierarchy's registered population.</param>
    public async Task<(RowsAnswer Answer, WarehouseTable? Table, AggregateResult? Result)> AggregateAsync(Dataset dataset, DatasetVersion version, Aggregation aggregation, Actor actor,
        CancellationToken cancellationToken = default, RateBase? per = null)
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
        if (per is not null)
        {
            var denominators = await DenominatorsAsync(per, area.g.Level!.Value, actor, cancellationToken);
            return (RowsAnswer.Found, table, counted with { Rows = AreaRates.PerThousandOf(counted.Rows, area.i, denominators) });
        }

        var gazetteer = await store.GazetteerAsync(cancellationToken);
        return (RowsAnswer.Found, table, counted with { Rows = AreaRates.PerThousand(counted.Rows, area.i, gazetteer) });
    }

    /// <summary>The other dataset's measure per area at the level the rate groups by, under the same clearance and suppression as its own aggregates.</summary>
    private async Task<Dictionary<string, double>> DenominatorsAsync(RateBase per, Areas.AreaLevel level, Actor actor, CancellationToken cancellationToken)
    {
        var cleared = CatalogPolicy.CanSeeContent(per.Dataset, actor);
        if (!cleared && per.Dataset.Classification != Security.DataClassification.Personal)
        {
            throw new WarehouseQueryException("per", "The dataset divided by is classified");
        }

        if (await store.TableAsync(per.Version.Id, cancellationToken: cancellationToken) is not { } table)
        {
            throw new WarehouseQueryException("per", "The dataset divided by has no stored rows in this version");
        }

        var minimum = cleared ? 1 : Math.Max(2, query.Options.MinimumGroupSize);
        try
        {
            var result = await query.AggregateAsync(table, new Aggregation { GroupBy = [Grouping.ByArea(level)], Measure = per.Of is null ? Measure.Count : Measure.Sum, Of = per.Of }, minimum, cancellationToken);
            return result.Rows.Where(r => r.Keys[0] is not null && r.Value is not null).ToDictionary(r => r.Keys[0]!, r => r.Value!.Value);
        }
        catch (WarehouseQueryException e) when (e.Field is "group" or "of")
        {
            throw new WarehouseQueryException(e.Field == "of" ? "perof" : "per", e.Message);
        }
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
