using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Uploads;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Warehouse;

namespace OpsCenter.Web.Features.Warehouse;

public enum ExploreAnswer
{
    Found,
    NoDataset,
    NoRows,
    NotCleared,
    BadView,
}

/// <summary>What the explorer shows: the dataset, the version, the table's columns, the view (defaults filled in) and its result.</summary>
public sealed record ExploreOutcome(ExploreAnswer Answer, DatasetDetail? Detail = null, DatasetVersion? Version = null, WarehouseTable? Table = null,
    ExploreView? View = null, AggregateResult? Result = null, IReadOnlyDictionary<string, GazetteerArea>? Areas = null, string? Problem = null);

/// <summary>The explorer's one path, for its page and its CSV download alike.</summary>
public sealed class Explorer(CatalogQuery catalog, WarehouseReader warehouse)
{
    public async Task<ExploreOutcome> RunAsync(string slug, ExploreView asked, Actor viewer, CancellationToken cancellationToken = default)
    {
        if (await catalog.DetailAsync(slug, cancellationToken) is not { } detail)
        {
            return new ExploreOutcome(ExploreAnswer.NoDataset);
        }

        var version = detail.Versions.Where(v => v.HasContent).FirstOrDefault(v => asked.Version is null || v.Number == asked.Version);
        if (version is null)
        {
            return new ExploreOutcome(ExploreAnswer.NoRows, detail);
        }

        if (await warehouse.ShapeAsync(detail.Dataset, version, viewer, cancellationToken) is not { } table)
        {
            return new ExploreOutcome(ExploreAnswer.NotCleared, detail, version);
        }

        var view = WithDefaults(asked, table);
        try
        {
            var (answer, _, result) = await warehouse.AggregateAsync(detail.Dataset, version, view.ToAggregation(), viewer, cancellationToken);
            if (answer != RowsAnswer.Found)
            {
                return new ExploreOutcome(answer == RowsAnswer.NotCleared ? ExploreAnswer.NotCleared : ExploreAnswer.NoRows, detail, version);
            }

            var areas = await warehouse.AreasAsync(result!.Rows.SelectMany(r => r.Keys), cancellationToken);
            return new ExploreOutcome(ExploreAnswer.Found, detail, version, table, view, result, areas);
        }
        catch (WarehouseQueryException e)
        {
            return new ExploreOutcome(ExploreAnswer.BadView, detail, version, table, view, Problem: $"{e.Field}: {e.Message}");
        }
    }

    /// <summary>A view without a grouping groups by district (or the coarser place the data has), else by month; without a measure it sums the first number.</summary>
    public static ExploreView WithDefaults(ExploreView view, WarehouseTable table)
    {
        var by = view.By;
        if (by is null && view.Then is null)
        {
            var date = table.Columns.FirstOrDefault(c => c.Type == ColumnType.Date);
            by = table.AreaLevel is { } level ? ExploreView.AreaCode(level > AreaLevel.District ? AreaLevel.District : level)
                : date is not null ? $"month:{date.Name}"
                : table.Columns.FirstOrDefault(c => c.Type == ColumnType.Text) is { } text ? $"col:{text.Name}"
                : null;
        }

        var measure = view.Measure;
        var of = view.Of;
        if (!view.MeasureChosen && table.Columns.FirstOrDefault(c => c.IsNumeric && !c.IsPlace && !c.IsTime) is { } number)
        {
            (measure, of) = (Measure.Sum, number.Name);
        }

        return view with { By = by, Measure = measure, Of = of, MeasureChosen = true };
    }
}
