using OpsCenter.Domain.Areas;

namespace OpsCenter.Domain.Warehouse;

/// <summary>
/// Turns one row's place columns into the finest DOPA code they name. A code column is taken as written when its province
/// is real (areas outside the installation keep their codes for roll-ups); names are looked up level by level, each inside
/// the area the coarser column named, so the many subdistricts that share a name resolve only where the row says which.
/// </summary>
public sealed class PlaceResolver(IReadOnlyList<WarehouseColumn> placeColumns, AreaGazetteer gazetteer)
{
    public IReadOnlyList<WarehouseColumn> Columns => placeColumns;

    /// <summary>The code for one row; <paramref name="values"/> line up with <see cref="Columns"/>.</summary>
    public string? Resolve(IReadOnlyList<string?> values)
    {
        string? best = null;
        for (var i = 0; i < placeColumns.Count; i++)
        {
            if (placeColumns[i].Role == ColumnRole.AreaCode && AreaCodes.Normalize(values[i]) is { } code
                && gazetteer.Knows(AreaCodes.ProvinceOf(code)) && Finer(code, best))
            {
                best = code;
            }
        }

        string? within = null;
        foreach (var level in new[] { AreaLevel.Province, AreaLevel.District, AreaLevel.Subdistrict })
        {
            for (var i = 0; i < placeColumns.Count; i++)
            {
                if (placeColumns[i].Role != ColumnRole.AreaName || placeColumns[i].Level != level)
                {
                    continue;
                }

                if (gazetteer.Find(level, values[i], within ?? best) is { } found)
                {
                    within = found;
                }
            }
        }

        return Finer(within, best) ? within : best;
    }

    private static bool Finer(string? candidate, string? than) => candidate is not null && (than is null || candidate.Length > than.Length);
}
