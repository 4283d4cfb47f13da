using OpsCenter.Domain.Catalog;

namespace OpsCenter.Tests.Domain.Catalog;

/// <summary>The cutoffs the database filters freshness by give the same state as the rule itself, month ends and leap days included.</summary>
public sealed class FreshnessCutoffsTests
{
    public static TheoryData<FrequencyUnit, int> Frequencies()
    {
        var data = new TheoryData<FrequencyUnit, int>();
        foreach (var unit in Enum.GetValues<FrequencyUnit>())
        {
            data.Add(unit, 1);
            data.Add(unit, 3);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Frequencies))]
    public void StateOf_AgreesWithTheRule_ForEveryLastUpdate(FrequencyUnit unit, int interval)
    {
        var random = new Random(unit.GetHashCode() * 31 + interval);
        DateTime[] instants = [new(2028, 2, 29, 16, 50, 0, DateTimeKind.Utc), new(2027, 3, 31, 0, 0, 0, DateTimeKind.Utc), new(2026, 12, 31, 23, 59, 59, DateTimeKind.Utc)];
        foreach (var now in instants)
        {
            var cutoffs = FreshnessCutoffs.At(unit, interval, now);
            var span = TimeSpan.FromDays((400 * interval) + 3);
            for (var i = 0; i < 2000; i++)
            {
                var last = now - TimeSpan.FromTicks((long)(random.NextDouble() * span.Ticks)) + TimeSpan.FromDays(1);
                Assert.Equal(Freshness.Of(last, unit, interval, now), cutoffs.StateOf(last));
            }

            Assert.Equal(FreshnessState.Overdue, cutoffs.StateOf(cutoffs.OverdueUpTo));
            Assert.NotEqual(FreshnessState.Overdue, Freshness.Of(cutoffs.OverdueUpTo.AddTicks(1), unit, interval, now));
            Assert.Equal(FreshnessState.DueSoon, Freshness.Of(cutoffs.DueSoonUpTo, unit, interval, now));
            Assert.Equal(FreshnessState.Current, Freshness.Of(cutoffs.DueSoonUpTo.AddTicks(1), unit, interval, now));
            Assert.Equal(FreshnessState.Overdue, cutoffs.StateOf(null));
        }
    }
}
