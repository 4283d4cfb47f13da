using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace OpsCenter.Web.Shared.Maps;

/// <summary>Who looks at a map: a person at a desk, who pans, zooms and clicks, or a room, from metres away.</summary>
public enum MapMode
{
    Desk,

    /// <summary>No controls and no interaction; the areas always fill the panel; labels larger and never overlapping.</summary>
    Wall,
}

/// <summary>The result of asking the browser where the person is: a point, or why there is none.</summary>
public sealed record GeolocationResult(MapPin? Pin, GeolocationFailure? Failure);

public enum GeolocationFailure
{
    Denied,
    Unavailable,
}

/// <summary>
/// The one way into Leaflet: owns wwwroot-assets/src/map/ops-map.js (imported on first render, disposed with the
/// component), sends it <see cref="State"/> whenever the parent gives a new one, and turns its clicks into events.
/// Pages never call the module themselves.
/// </summary>
public partial class OpsMap : IAsyncDisposable
{
    private ElementReference element;
    private JsModule? module;
    private DotNetObjectReference<OpsMap>? self;
    private MapState? drawnFrom;
    private string? drawnSelected;
    private MapState toDraw = new();
    private MapState? sent;
    private bool initialized;
    private bool busy;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>What the map shows; a new instance (records: <c>state with { ... }</c>) redraws it.</summary>
    [Parameter, EditorRequired]
    public MapState State { get; set; } = default!;

    /// <summary>The area drawn outlined; overrides <see cref="MapState.Selected"/> when set.</summary>
    [Parameter]
    public string? Selected { get; set; }

    /// <summary>Fixed when the map is first drawn: Leaflet's controls and handlers are made with the map.</summary>
    [Parameter]
    public MapMode Mode { get; set; }

    [Parameter]
    public string Height { get; set; } = "420px";

    [Parameter]
    public string? CssClass { get; set; }

    [Parameter]
    public string? TestId { get; set; }

    [Parameter]
    public string? Label { get; set; }

    /// <summary>An area was clicked, with its code (not raised in <see cref="MapMode.Wall"/>).</summary>
    [Parameter]
    public EventCallback<string> OnAreaClick { get; set; }

    [Parameter]
    public EventCallback<string> OnMarkerClick { get; set; }

    /// <summary>With <see cref="MapState.Pick"/>: the person dropped the pin here.</summary>
    [Parameter]
    public EventCallback<MapPin> OnPick { get; set; }

    private string ModeName => Mode == MapMode.Wall ? "wall" : "desk";

    protected override void OnParametersSet()
    {
        var selected = Selected ?? State.Selected;
        if (!ReferenceEquals(drawnFrom, State) || drawnSelected != selected)
        {
            drawnFrom = State;
            drawnSelected = selected;
            toDraw = State.Selected == selected ? State : State with { Selected = selected };
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            module = new JsModule(JS, "./assets/map/ops-map.js");
            self = DotNetObjectReference.Create(this);
        }

        if (module is null || busy)
        {
            return;
        }

        // One call at a time: renders that arrive meanwhile only change what to draw, and the loop sends the newest.
        // A call that finds the circuit disconnected is repeated on the next render rather than failing the circuit.
        busy = true;
        try
        {
            while (!ReferenceEquals(sent, toDraw))
            {
                var current = toDraw;
                var done = !initialized
                    ? await module.TryInvokeVoidAsync("init", element, current, new { mode = ModeName }, self)
                    : OnlySelectionChanged(current)
                        ? await module.TryInvokeVoidAsync("select", element, current.Selected)
                        : await module.TryInvokeVoidAsync("update", element, current);
                if (!done)
                {
                    return;
                }

                sent = current;
                initialized = true;
            }
        }
        finally
        {
            busy = false;
        }
    }

    /// <summary>
    /// The same state with another area outlined (a subdistrict clicked on the drill-down map): the browser already has
    /// the styles, heat and points, so only the outline is sent, not thousands of heat cells and markers to remake.
    /// </summary>
    private bool OnlySelectionChanged(MapState next) => sent is not null && next == sent with { Selected = next.Selected };

    /// <summary>
    /// Asks the browser for the person's position (it asks them first), drops the pin there and centres the map on it.
    /// Raises nothing: the caller gets the point and decides what it means.
    /// </summary>
    public async Task<GeolocationResult> LocateAsync()
    {
        if (module is null || !initialized)
        {
            return new GeolocationResult(null, GeolocationFailure.Unavailable);
        }

        try
        {
            var found = await module.InvokeAsync<BrowserPosition>("locate", element);
            return found is { Lat: { } lat, Lon: { } lon }
                ? new GeolocationResult(new MapPin(lat, lon), null)
                : new GeolocationResult(null, found.Error == "denied" ? GeolocationFailure.Denied : GeolocationFailure.Unavailable);
        }
        catch (Exception e) when (e is JSException or JSDisconnectedException or TaskCanceledException)
        {
            // A prompt left unanswered past the interop timeout, or a circuit gone: no position either way.
            return new GeolocationResult(null, GeolocationFailure.Unavailable);
        }
    }

    [JSInvokable]
    public Task OnAreaClicked(string code) => OnAreaClick.InvokeAsync(code);

    [JSInvokable]
    public Task OnMarkerClicked(string id) => OnMarkerClick.InvokeAsync(id);

    [JSInvokable]
    public Task OnPicked(double lat, double lon) => OnPick.InvokeAsync(new MapPin(lat, lon));

    public async ValueTask DisposeAsync()
    {
        if (module is not null)
        {
            await module.InvokeSafelyAsync("dispose", element);
            await module.DisposeAsync();
        }

        self?.Dispose();
    }

    private sealed record BrowserPosition(double? Lat, double? Lon, string? Error);
}
