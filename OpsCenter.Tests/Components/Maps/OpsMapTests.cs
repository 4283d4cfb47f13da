using Bunit;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Shared.Maps;

namespace OpsCenter.Tests.Components.Maps;

/// <summary>
/// The one map component: the first state starts the map, a new state updates it, and another area outlined on the
/// same state (a subdistrict clicked) sends only the outline, not the heat and points the browser already has.
/// </summary>
public sealed class OpsMapTests : ComponentTest
{
    private const string MapModule = "./assets/map/ops-map.js";

    private static MapState District(int heatCells) => new()
    {
        BoundariesUrl = "/api/areas/1902/children.geojson?z=12",
        Heat = new HeatLayer(Enumerable.Range(0, heatCells).Select(i => new[] { 14.5 + (i * 0.001), 101.0, i + 1.0 }).ToList()),
        Markers = [new MapMarker("7", 14.6, 101.1)],
    };

    [Fact]
    public void OpsMap_AnotherAreaSelectedOnTheSameState_SendsOnlyTheSelection()
    {
        var module = JSInterop.SetupModule(MapModule);
        var state = District(heatCells: 500);
        var map = Render<OpsMap>(p => p.Add(m => m.State, state));

        map.Render(p => p.Add(m => m.State, state).Add(m => m.Selected, "190203"));
        map.Render(p => p.Add(m => m.State, state).Add(m => m.Selected, null));

        var init = Assert.Single(module.Invocations["init"]);
        Assert.Same(state, init.Arguments[1]);
        Assert.Equal(["190203", null], module.Invocations["select"].Select(i => i.Arguments[1]));
        Assert.Empty(module.Invocations["update"]);
    }

    [Fact]
    public void OpsMap_ANewState_IsSentWhole()
    {
        var module = JSInterop.SetupModule(MapModule);
        var map = Render<OpsMap>(p => p.Add(m => m.State, District(heatCells: 500)));
        var next = District(heatCells: 20);

        map.Render(p => p.Add(m => m.State, next).Add(m => m.Selected, "190203"));

        var update = Assert.Single(module.Invocations["update"]);
        var sent = Assert.IsType<MapState>(update.Arguments[1]);
        Assert.Equal("190203", sent.Selected);
        Assert.Same(next.Heat, sent.Heat);
        Assert.Empty(module.Invocations["select"]);
    }
}
