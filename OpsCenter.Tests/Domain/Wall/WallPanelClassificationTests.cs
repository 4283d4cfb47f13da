using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Security;
using OpsCenter.Domain.Wall;

namespace OpsCenter.Tests.Domain.Wall;

public sealed class WallPanelClassificationTests
{
    private sealed record LeakyTickerItem(string TrackingNumber, string Description);

    [Fact]
    public void EveryPanel_IsDeclared_AndPublic()
    {
        Assert.Equal(WallPanels.All.Order(), WallPanelClassification.Panels.Select(p => p.Panel).Order());
        Assert.All(WallPanelClassification.Panels, p => Assert.Equal(DataClassification.Public, p.Classification));
        Assert.Equal(WallParts.All, WallPanelClassification.Panels.Aggregate(WallParts.None, (all, p) => all | p.Part));
    }

    [Fact]
    public void TickerItem_CarriesPublicReportFieldsOnly()
    {
        Assert.True(WallPanelClassification.IsPublicShape(typeof(TickerItem), WallPanelClassification.TickerMembers));
        Assert.DoesNotContain(WallPanelClassification.TickerMembers.Values, f => f is ReportField.Description or ReportField.ReporterName
            or ReportField.ReporterPhone or ReportField.ReporterEmail or ReportField.Address or ReportField.ExactLocation or ReportField.Photo);
    }

    [Fact]
    public void ATickerWithADescriptionOrAnUndeclaredMember_IsNotPublic()
    {
        var withDescription = new Dictionary<string, ReportField> { ["TrackingNumber"] = ReportField.TrackingNumber, ["Description"] = ReportField.Description };
        var undeclared = new Dictionary<string, ReportField> { ["TrackingNumber"] = ReportField.TrackingNumber };

        Assert.False(WallPanelClassification.IsPublicShape(typeof(LeakyTickerItem), withDescription));
        Assert.False(WallPanelClassification.IsPublicShape(typeof(LeakyTickerItem), undeclared));
    }

    [Fact]
    public void OnlyPublic_DropsAnyPartAbovePublic_AndANonPublicTickerShape()
    {
        var snapshot = Snapshot();

        var personalTicker = WallPanelClassification.OnlyPublic(snapshot, p => p == WallParts.Ticker ? DataClassification.Personal : DataClassification.Public, true);
        var leakyShape = WallPanelClassification.OnlyPublic(snapshot, _ => DataClassification.Public, false);
        var secretHeat = WallPanelClassification.OnlyPublic(snapshot, p => p == WallParts.Heat ? DataClassification.Secret : DataClassification.Public, true);

        Assert.Empty(personalTicker.Ticker.Items);
        Assert.Same(snapshot.Counters, personalTicker.Counters);
        Assert.Empty(leakyShape.Ticker.Items);
        Assert.Empty(secretHeat.Heat.Cells);
        Assert.Same(snapshot.Ticker, secretHeat.Ticker);
        Assert.Same(snapshot.Ticker, WallPanelClassification.OnlyPublic(snapshot).Ticker);
    }

    private static WallSnapshot Snapshot() => new(
        new WallView("19", null, 30),
        new DateTime(2026, 11, 21, 8, 0, 0, DateTimeKind.Utc),
        new ReportCounters(5, 2, 1, 1, 5, 4, [1, 2, 2]),
        KpiTiles.Empty,
        new HeatGrid(0.01, [new HeatCell(14.53, 100.91, 3)], 3),
        new BudgetNeed(2026, Array.Empty<DistrictBudgetNeed>()),
        new Ticker([new TickerItem(1, "SRB-2026-000001", "ถนน", "Roads", "เมืองสระบุรี", "Mueang Saraburi", null, null)]));
}
