using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using OpsCenter.Domain.Reports;
using OpsCenter.Web.Shared.Maps;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Reports.Intake;

public partial class LocationPicker
{
    private MapState map = new();
    private OpsMap? mapView;
    private string? placeName;
    private bool locating;
    private GeolocationFailure? locateFailure;

    [Parameter, EditorRequired]
    public ReportForm Form { get; set; } = default!;

    [Parameter, EditorRequired]
    public ProvinceReportSetup Setup { get; set; } = default!;

    protected override void OnParametersSet()
    {
        map = new MapState
        {
            BoundariesUrl = $"/api/areas/{Setup.ProvinceCode}/children.geojson?v={Boundaries.Version}",
            Pick = true,
            Pin = Form.Latitude is { } lat && Form.Longitude is { } lon ? new MapPin(lat, lon) : null,
            ShowLabels = true,
            Language = IsThai ? "th" : "en",
        };
    }

    private IEnumerable<AreaName> Areas(int length, string parent) =>
        Setup.Areas.Values.Where(a => a.Code.Length == length && a.Code.StartsWith(parent, StringComparison.Ordinal)).OrderBy(a => a.NameTh, StringComparer.Ordinal);

    [CascadingParameter]
    private EditContext? EditContext { get; set; }

    private void Switch(bool byPin)
    {
        Form.ByPin = byPin;
        LocationChanged();
    }

    /// <summary>The pin is no input of the form's own: tell the form, so a refusal of the old place stops showing.</summary>
    private void LocationChanged() => EditContext?.NotifyFieldChanged(EditContext.Field(nameof(ReportForm.Latitude)));

    private void DistrictChanged(string? code)
    {
        Form.DistrictCode = code ?? "";
        Form.SubdistrictCode = "";
    }

    /// <summary>The phone's own position, placed exactly as a tapped pin is.</summary>
    private async Task UseMyLocationAsync()
    {
        if (mapView is null)
        {
            return;
        }

        locating = true;
        locateFailure = null;
        try
        {
            var found = await mapView.LocateAsync();
            locateFailure = found.Failure;
            if (found.Pin is { } pin)
            {
                await PickAsync(pin);
            }
        }
        finally
        {
            locating = false;
        }
    }

    private async Task PickAsync(MapPin pin)
    {
        locateFailure = null;
        Form.Latitude = Math.Round(pin.Lat, 6);
        Form.Longitude = Math.Round(pin.Lon, 6);
        LocationChanged();
        var placed = await Locator.PlaceAsync(pin.Lat, pin.Lon);
        var place = placed.Location;
        placeName = place is null
            ? T(OpsCenter.Domain.Areas.PlaceErrors.Thai(placed.Province), OpsCenter.Domain.Areas.PlaceErrors.English(placed.Province))
            : $"{T("ต.", "")}{Setup.Area(place.SubdistrictCode)?.NameTh} {T("อ.", "")}{Setup.Area(place.DistrictCode)?.NameTh}";
        OnParametersSet();
    }
}
