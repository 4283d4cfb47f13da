using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Budget;

/// <summary>
/// /budget: fiscal year and measure live in the address (a view can be shared as a link; ?area=&amp;sector= opens a
/// drill-down); the selected cell is page state, so choosing one never reloads or scrolls the page.
/// </summary>
public partial class BudgetPage
{
    private BudgetNeedMatrix? matrix;
    private BudgetDisbursement? disbursement;
    private IReadOnlyList<int> years = [];
    private (string Province, int Fy, BudgetMeasure Measure)? loaded;
    private string? selectedArea;
    private string? selectedSector;

    [Inject]
    private BudgetVersusNeedQuery Query { get; set; } = default!;

    [Inject]
    private ProjectQueries Projects { get; set; } = default!;

    [Inject]
    private BudgetDisbursementQuery Disbursements { get; set; } = default!;

    [Inject]
    private CurrentProvince CurrentProvince { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    // Read as text: a value that is not a number (?fy=abc) would otherwise fail the whole page.
    [SupplyParameterFromQuery(Name = "fy")]
    public string? FiscalYearText { get; set; }

    public int? FiscalYear
    {
        get => Shared.QueryValues.Int(FiscalYearText);
        set => FiscalYearText = value?.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [SupplyParameterFromQuery(Name = "measure")]
    public string? MeasureText { get; set; }

    [SupplyParameterFromQuery(Name = "area")]
    public string? Area { get; set; }

    [SupplyParameterFromQuery(Name = "sector")]
    public string? Sector { get; set; }

    private NeedIndexOptions Options => Query.Options;

    private int Fy => FiscalYear ?? ThaiCalendar.FiscalYearOf(Time.GetUtcNow().UtcDateTime);

    private BudgetMeasure Measure => Enum.TryParse<BudgetMeasure>(MeasureText, ignoreCase: true, out var m) && Enum.IsDefined(m) ? m : BudgetMeasure.Approved;

    private string MeasureValue => Measure.ToString().ToLowerInvariant();

    protected override async Task OnParametersSetAsync()
    {
        var user = AuthenticationState is null ? null : (await AuthenticationState).User;
        var province = await CurrentProvince.CodeForAsync(user);
        if (years.Count == 0)
        {
            years = await Projects.FiscalYearsAsync(province, Time.GetUtcNow().UtcDateTime);
        }

        if (loaded != (province, Fy, Measure))
        {
            matrix = await Query.MatrixAsync(province, Fy, Measure, AreaLevel.District);
            disbursement = await Disbursements.ForAsync(province, Fy);
            loaded = (province, Fy, Measure);
        }

        if (Area is not null && matrix?.Area(Area) is not null)
        {
            (selectedArea, selectedSector) = (Area, Sectors.Find(Sector)?.Code);
            (Area, Sector) = (null, null);
        }
    }

    private void FiscalYearChanged(ChangeEventArgs e) =>
        Go(int.TryParse(e.Value?.ToString(), out var fy) ? fy : Fy, Measure);

    private void MeasureChanged(ChangeEventArgs e) =>
        Go(Fy, Enum.TryParse<BudgetMeasure>(e.Value?.ToString(), true, out var m) ? m : BudgetMeasure.Approved);

    private void SelectCell((string Area, string? Sector) cell) => (selectedArea, selectedSector) = (cell.Area, cell.Sector);

    private void SelectDistrict(string district) => (selectedArea, selectedSector) = (district, null);

    private void ClearSelection() => (selectedArea, selectedSector) = (null, null);

    private void Go(int fy, BudgetMeasure measure) =>
        Navigation.NavigateTo(BudgetPaths.Matrix(fy, measure, selectedArea, selectedSector), replace: true);
}
