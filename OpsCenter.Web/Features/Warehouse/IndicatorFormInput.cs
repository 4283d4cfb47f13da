using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Warehouse;

namespace OpsCenter.Web.Features.Warehouse;

/// <summary>What the steward's indicator form holds while it is filled in; its property names are the service's error fields.</summary>
public sealed class IndicatorFormInput
{
    public string? Dataset { get; set; }

    public string? NameTh { get; set; }

    public string? NameEn { get; set; }

    public Measure Measure { get; set; } = Measure.Count;

    public string? Of { get; set; }

    public string? FilterColumn { get; set; }

    public string? FilterValue { get; set; }

    public string? AreaCode { get; set; }

    public string? Kpi { get; set; }

    public string? NeedInput { get; set; }

    public AreaLevel ByAreaLevel { get; set; } = AreaLevel.District;

    public IndicatorInput ToInput() =>
        new(Dataset ?? "", Kpi, NameTh ?? "", NameEn, Measure, Measure == Measure.Count ? null : Of, FilterColumn, FilterValue, AreaCode, NeedInput, ByAreaLevel);
}
