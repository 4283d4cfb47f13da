using Bunit;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Shared.Charts;
using Plotly.Blazor;
using Plotly.Blazor.ConfigLib;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using LegendLib = Plotly.Blazor.LayoutLib.LegendLib;

namespace OpsCenter.Tests.Components.Wall;

/// <summary>
/// The one chart component: Plotly.Blazor's chart with the house look; a new figure is drawn into the existing plot with
/// React, so a wall updates without a new plot.
/// </summary>
public sealed class OpsChartTests : ComponentTest
{
    private const string PlotlyBlazorModule = "./_content/Plotly.Blazor/plotly-interop-7.2.0.js";

    private static ChartFigure Figure(params int[] values) =>
        new([new Bar { X = ChartFigure.Values(values.Select((_, i) => $"m{i}")), Y = ChartFigure.Values(values) }], new Layout());

    [Fact]
    public void OpsChart_Rendered_IsOnePlotElementNamedForTestsAndScreenReaders()
    {
        var chart = Render<OpsChart>(p => p
            .Add(c => c.Figure, Figure(1, 2, 3))
            .Add(c => c.Height, "220px")
            .Add(c => c.TestId, "home-trend")
            .Add(c => c.Label, "เรื่องรับรายเดือน"));

        var plot = chart.Find("[data-testid=home-trend]");
        Assert.Equal("ops-chart", plot.GetAttribute("class"));
        Assert.Equal("height:220px", plot.GetAttribute("style"));
        Assert.Equal("img", plot.GetAttribute("role"));
        Assert.Equal("เรื่องรับรายเดือน", plot.GetAttribute("aria-label"));
        Assert.False(string.IsNullOrEmpty(plot.Id));
    }

    [Fact]
    public void OpsChart_ANewFigure_IsDrawnWithReactIntoTheSamePlot()
    {
        var module = JSInterop.SetupModule(PlotlyBlazorModule);
        var chart = Render<OpsChart>(p => p.Add(c => c.Figure, Figure(1, 2, 3)).Add(c => c.Wall, true));
        var id = chart.Find(".ops-chart").Id;

        chart.Render(p => p.Add(c => c.Figure, Figure(4, 5, 6, 7)));
        chart.Render(p => p.Add(c => c.Wall, true));

        Assert.Single(module.Invocations["newPlot"]);
        var react = Assert.Single(module.Invocations["react"]);
        Assert.Equal(id, react.Arguments[0]);
        Assert.Equal(id, chart.Find(".ops-chart").Id);
    }

    [Fact]
    public void ChartStyle_OnAWall_IsStaticDarkAndInTheScreensTypeSize()
    {
        var layout = ChartStyle.Apply(new Layout(), wall: true, fontSize: 33);
        var config = ChartStyle.Apply(null, wall: true);

        Assert.Equal(33m, layout.Font.Size);
        Assert.Equal("#e8eef7", layout.Font.Color);
        Assert.Equal(ChartStyle.FontFamily, layout.Font.Family);
        Assert.True(config.StaticPlot);
        Assert.Equal(DisplayModeBarEnum.False, config.DisplayModeBar);
    }

    [Fact]
    public void ChartStyle_OnADesk_KeepsWhatTheChartSet_AndFillsTheRest()
    {
        var layout = new Layout
        {
            Margin = new Margin { L = 330 },
            Legend = [new Legend { Orientation = LegendLib.OrientationEnum.V, X = 1.02m }],
            YAxis = [new YAxis { GridColor = "#000000" }],
        };

        ChartStyle.Apply(layout, wall: false);
        var config = ChartStyle.Apply(new Config { StaticPlot = true }, wall: false);

        Assert.Equal(ChartStyle.DeskFontSize, layout.Font.Size);
        Assert.Equal(330m, layout.Margin.L);
        Assert.Null(layout.Margin.T);
        var legend = Assert.Single(layout.Legend);
        Assert.Equal(LegendLib.OrientationEnum.V, legend.Orientation);
        Assert.Equal(-0.2m, legend.Y);
        Assert.Equal("#000000", Assert.Single(layout.YAxis).GridColor);
        Assert.Equal("#dde3ea", Assert.Single(layout.XAxis).GridColor);
        Assert.True(config.StaticPlot);
        Assert.False(config.DisplayLogo);
        Assert.Null(config.DisplayModeBar);
    }
}
