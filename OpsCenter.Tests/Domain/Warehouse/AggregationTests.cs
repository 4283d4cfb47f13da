using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Warehouse;

namespace OpsCenter.Tests.Domain.Warehouse;

public sealed class AggregationTests : IDisposable
{
    private static readonly string[] Subdistricts = ["190101", "190105", "190201"];
    private static readonly string[] Categories = ["ถนน", "น้ำ", "ไฟฟ้า"];

    private readonly WarehouseFiles _files = new();
    private readonly WarehouseQuery _query = new(Options.Create(new WarehouseOptions()));
    private readonly List<(string Code, DateTime Date, string Category, long Amount)> _rows = [];
    private readonly WarehouseTable _table;

    public AggregationTests()
    {
        var random = new Random(22);
        var csv = new StringBuilder("รหัสตำบล,วันที่,หมวด,จำนวนเงิน\n");
        for (var i = 0; i < 300; i++)
        {
            var row = (Subdistricts[random.Next(3)], new DateTime(2025, 8, 1).AddDays(random.Next(120)), Categories[random.Next(3)], (long)random.Next(1, 5000));
            _rows.Add(row);
            csv.Append(CultureInfo.InvariantCulture, $"{row.Item1},{row.Item2:yyyy-MM-dd},{row.Item3},\"{row.Item4:N0}\"\n");
        }

        _table = _files.LoadCsv(csv.ToString());
    }

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task SumByDistrictAndMonth_WithAFilter_RollsSubdistrictsUp()
    {
        var result = await _query.AggregateAsync(_table, new Aggregation
        {
            GroupBy = [Grouping.ByArea(AreaLevel.District), new Grouping("วันที่", Grain: TimeGrain.Month)],
            Measure = Measure.Sum,
            Of = "จำนวนเงิน",
            Filters = new Dictionary<string, IReadOnlyList<string?>> { ["หมวด"] = ["ถนน", "น้ำ"] },
        });

        var expected = _rows.Where(r => r.Category is "ถนน" or "น้ำ")
            .GroupBy(r => (r.Code[..4], r.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture)))
            .OrderBy(g => g.Key)
            .Select(g => (g.Key.Item1, g.Key.Item2, (double)g.Sum(r => r.Amount), (long)g.Count()));
        Assert.Equal(expected, result.Rows.Select(r => (r.Keys[0]!, r.Keys[1]!, r.Value!.Value, r.Rows)));
        Assert.Equal(0, result.SuppressedGroups);
    }

    [Fact]
    public async Task FiscalYearsAndAverages_FollowTheThaiCalendar()
    {
        var result = await _query.AggregateAsync(_table, new Aggregation { GroupBy = [new Grouping("วันที่", Grain: TimeGrain.FiscalYear)], Measure = Measure.Average, Of = "จำนวนเงิน" });

        var expected = _rows.GroupBy(r => (r.Date.Month >= 10 ? r.Date.Year + 1 : r.Date.Year) + 543).OrderBy(g => g.Key)
            .Select(g => (g.Key.ToString(CultureInfo.InvariantCulture), g.Average(r => (double)r.Amount)));
        Assert.Equal(expected.Select(e => e.Item1), result.Rows.Select(r => r.Keys[0]));
        Assert.Equal(expected.Select(e => e.Item2), result.Rows.Select(r => r.Value!.Value), new ToleranceComparer());
    }

    [Fact]
    public async Task SmallGroups_AreWithheldAndCounted()
    {
        var groups = _rows.GroupBy(r => (r.Code, r.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture), r.Category)).ToList();
        var minimum = (int)groups.Select(g => g.Count()).Order().ElementAt(groups.Count / 2);

        var result = await _query.AggregateAsync(_table, new Aggregation
        {
            GroupBy = [Grouping.ByArea(AreaLevel.Subdistrict), new Grouping("วันที่", Grain: TimeGrain.Month), new Grouping("หมวด")],
        }, minimumGroupSize: minimum);

        Assert.Equal(groups.Count(g => g.Count() < minimum), result.SuppressedGroups);
        Assert.True(result.SuppressedGroups > 0);
        Assert.All(result.Rows, r => Assert.True(r.Rows >= minimum));
        Assert.Equal(groups.Count(g => g.Count() >= minimum), result.Rows.Count);
    }

    [Fact]
    public async Task BadAggregations_NameTheirParameter()
    {
        var text = await Assert.ThrowsAsync<WarehouseQueryException>(() => _query.AggregateAsync(_table, new Aggregation { Measure = Measure.Sum, Of = "หมวด" }));
        var unknown = await Assert.ThrowsAsync<WarehouseQueryException>(() => _query.AggregateAsync(_table, new Aggregation { GroupBy = [new Grouping("nope")] }));
        var provinceOnly = _files.LoadCsv("province_code,n\n19,1\n");
        var tooFine = await Assert.ThrowsAsync<WarehouseQueryException>(() => _query.AggregateAsync(provinceOnly, new Aggregation { GroupBy = [Grouping.ByArea(AreaLevel.District)] }));

        Assert.Equal(("of", "group", "group"), (text.Field, unknown.Field, tooFine.Field));
    }

    [Fact]
    public async Task TooManyGroups_AreCutAtTheLimitAndSaySo()
    {
        var query = new WarehouseQuery(Options.Create(new WarehouseOptions { MaxGroups = 5 }));

        var result = await query.AggregateAsync(_table, new Aggregation { GroupBy = [new Grouping("จำนวนเงิน")] });

        Assert.True(result.Truncated);
        Assert.Equal(5, result.Rows.Count);
    }

    private sealed class ToleranceComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-6;

        public int GetHashCode(double obj) => 0;
    }
}
