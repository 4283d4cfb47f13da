using System.Globalization;
using OpsCenter.Domain.Persistence.Demo;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Persistence;

/// <summary>The embedded demo facts are public facts; these tests check them against the public sources they came from.</summary>
public sealed class DemoFactsTests
{
    [SharedDataFact]
    public void SaraburiAreas_MatchOchaCodesAndNames()
    {
        var ocha = File.ReadLines(SharedData.PathOf("admin/ocha_tambons_with_centroids.csv")).Skip(1)
            .Select(line => line.Split(','))
            .Where(f => f[8] == "TH19")
            .ToDictionary(f => f[2][2..], f => (TambonTh: f[1], DistrictCode: f[5][2..], DistrictTh: f[4]));
        var facts = ProvinceFacts.Load("19");

        Assert.Equal(ocha.Keys.Order(), facts.Subdistricts.Select(s => s.Code).Order());
        foreach (var tambon in facts.Subdistricts)
        {
            Assert.Equal(ocha[tambon.Code].TambonTh, tambon.NameTh);
        }

        foreach (var district in facts.Districts)
        {
            Assert.Contains(ocha.Values, o => o.DistrictCode == district.Code && o.DistrictTh == district.NameTh);
        }
    }

    [SharedDataFact]
    public void SaraburiPopulation_MatchesDopaTambonFile()
    {
        var total = File.ReadLines(SharedData.PathOf("stats/dopa_population_tambon_2567.csv")).Skip(1)
            .Select(line => line.Split(','))
            .Where(f => f[0] == "สระบุรี")
            .Sum(f => int.Parse(f[3], CultureInfo.InvariantCulture));
        Assert.Equal(total, ProvinceFacts.Load("19").Subdistricts.Sum(s => s.Population));
    }
}
