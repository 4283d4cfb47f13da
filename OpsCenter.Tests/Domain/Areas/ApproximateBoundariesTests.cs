using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Persistence.Demo;

namespace OpsCenter.Tests.Domain.Areas;

public sealed class ApproximateBoundariesTests
{
    [Fact]
    public void SubdistrictCells_OfSaraburi_ContainTheirOwnPointAndDoNotOverlap()
    {
        var facts = ProvinceFacts.Load("19");
        var points = facts.Subdistricts.ToDictionary(s => s.Code, s => (s.Lon, s.Lat));
        var cells = ApproximateBoundaries.SubdistrictCells(points);

        Assert.Equal(111, cells.Count);
        foreach (var (code, (lon, lat)) in points)
        {
            Assert.True(cells[code].Contains(AreaGeometry.Point(lon, lat)), $"cell {code} must contain its representative point");
        }

        var total = cells.Values.Sum(c => c.Area);
        var union = ApproximateBoundaries.Union(cells.Values).Area;
        Assert.Equal(union, total, 6);
    }

    [Fact]
    public void ProvinceFacts_Saraburi_MatchesPublishedTotals()
    {
        var facts = ProvinceFacts.Load("19");
        Assert.Equal(13, facts.Districts.Count());
        Assert.Equal(111, facts.Subdistricts.Count());

        // DOPA registered population, BE 2567 (stat_t67): 639,165 for Saraburi.
        Assert.Equal(639_165, facts.Subdistricts.Sum(s => s.Population));
        Assert.Equal("เมืองสระบุรี", facts.Districts.First(d => d.Code == "1901").NameTh);
    }
}
