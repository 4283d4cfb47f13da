using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Uploads;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Warehouse;
using static OpsCenter.Web.Shared.Bilingual;

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
    ExploreView? View = null, AggregateResult? Result = null, IReadOnlyDictionary<string, GazetteerArea>? Areas = null, string? Problem = null)
{
    /// <summary>The province's other datasets with stored rows, offered as a rate's denominator.</summary>
    public IReadOnlyList<(string Slug, string Title)> RateBases { get; init; } = [];

    /// <summary>The number columns of the dataset the rate is divided by.</summary>
    public IReadOnlyList<string> RateBaseColumns { get; init; } = [];
}

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
        var bases = view.Measure == Measure.RatePerThousand ? await RateBasesAsync(detail.Dataset, cancellationToken) : [];
        try
        {
            var (per, joined) = await RateBaseAsync(view, viewer, cancellationToken);
            var perColumns = per is null ? [] : (await warehouse.ShapeAsync(per.Dataset, per.Version, viewer, cancellationToken))?.Columns
                .Where(c => c.IsNumeric && !c.IsPlace && !c.IsTime).Select(c => c.Name).ToList() ?? [];
            view = joined;
            var (answer, _, result) = await warehouse.AggregateAsync(detail.Dataset, version, view.ToAggregation(), viewer, cancellationToken, per);
            if (answer != RowsAnswer.Found)
            {
                return new ExploreOutcome(answer == RowsAnswer.NotCleared ? ExploreAnswer.NotCleared : ExploreAnswer.NoRows, detail, version);
            }

            var areas = await warehouse.AreasAsync(result!.Rows.SelectMany(r => r.Keys), cancellationToken);
            return new ExploreOutcome(ExploreAnswer.Found, detail, version, table, view, result, areas) { RateBases = bases, RateBaseColumns = perColumns };
        }
        catch (WarehouseQueryException e)
        {
            return new ExploreOutcome(ExploreAnswer.BadView, detail, version, table, view, Problem: $"{e.Field}: {e.Message}") { RateBases = bases };
        }
    }

    /// <summary>The dataset a rate is divided by, its version pinned (the latest when the URL names none) and named for the page.</summary>
    private async Task<(RateBase? Per, ExploreView View)> RateBaseAsync(ExploreView view, Actor viewer, CancellationToken cancellationToken)
    {
        if (view.Measure != Measure.RatePerThousand || view.Per is null)
        {
            return (null, view with { Per = null, PerVersion = null, PerOf = null });
        }

        if (await catalog.DetailAsync(view.Per, cancellationToken) is not { } other)
        {
            throw new WarehouseQueryException("per", $"No dataset \"{view.Per}\"");
        }

        var version = other.Versions.Where(v => v.HasContent).FirstOrDefault(v => view.PerVersion is null || v.Number == view.PerVersion)
            ?? throw new WarehouseQueryException("perversion", $"\"{view.Per}\" has no stored version {view.PerVersion}");
        var title = T(other.Dataset.TitleTh, other.Dataset.TitleEn ?? other.Dataset.TitleTh);
        var label = $"{view.PerOf ?? T("แถว", "rows")} {T("ของ", "of")} {title} {T($"ฉบับที่ {version.Number}", $"version {version.Number}")}";
        return (new RateBase(other.Dataset, version, view.PerOf), view with { PerVersion = version.Number, PerLabel = label });
    }

    private async Task<IReadOnlyList<(string Slug, string Title)>> RateBasesAsync(Dataset dataset, CancellationToken cancellationToken) =>
        (await catalog.EntriesAsync(dataset.ProvinceCode, cancellationToken))
            .Where(e => e.Dataset.Id != dataset.Id && e.Versions.Any(v => v.HasContent))
            .Select(e => (e.Dataset.Slug, T(e.Dataset.TitleTh, e.Dataset.TitleEn ?? e.Dataset.TitleTh)))
            .ToList();

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
