using OpsCenter.Domain.Reports;

namespace OpsCenter.Domain.Persistence.Demo;

/// <summary>
/// Deterministic reports across all 77 provinces over several years: placed by registered population, with the demo's
/// category mix, seasons (floods and drains in the rains, haze in the dry months) and channel adoption growing year on
/// year. Tracking numbers come from a counter, so ten million need no set to stay unique.
/// </summary>
internal sealed class NationalReports(
    IReadOnlyList<NationalPlace> places, IReadOnlyDictionary<string, int> ownerByProvince, IReadOnlyDictionary<string, int> slaHours, int seed, int years)
{
    /// <summary>How much more (or less) a category is reported in a Bangkok month than on average, January first.</summary>
    private static readonly Dictionary<string, double[]> Seasons = new()
    {
        ["flood"] = [0.2, 0.1, 0.1, 0.2, 0.6, 1.0, 1.4, 2.0, 2.6, 2.4, 1.0, 0.4],
        ["drainage"] = [0.5, 0.4, 0.4, 0.6, 1.0, 1.3, 1.4, 1.6, 1.8, 1.6, 0.9, 0.5],
        ["pm25"] = [2.6, 2.8, 2.4, 1.2, 0.4, 0.2, 0.2, 0.2, 0.3, 0.5, 1.0, 2.0],
        ["agriculture"] = [1.2, 1.4, 1.6, 1.4, 1.0, 0.8, 0.8, 0.8, 0.9, 1.0, 1.0, 1.1],
        ["water-supply"] = [1.1, 1.3, 1.6, 1.7, 1.2, 0.8, 0.7, 0.7, 0.7, 0.8, 0.8, 0.9],
    };

    public IEnumerable<CitizenReport> Generate(int count, DateTime nowUtc)
    {
        var random = new Random(seed);
        var cumulative = new double[places.Count];
        double total = 0;
        for (var i = 0; i < places.Count; i++)
        {
            total += Math.Max(places[i].Population, 300);
            cumulative[i] = total;
        }

        var weights = DemoReports.CategoryWeights;
        var weightTotal = weights.Sum(w => w.Weight);
        for (var n = 0; n < count; n++)
        {
            var index = Array.BinarySearch(cumulative, random.NextDouble() * total);
            var place = places[index < 0 ? ~index : index];
            var received = ReceivedAt(random, nowUtc);
            var month = Common.ThaiCalendar.ToBangkok(received).Month - 1;
            var category = PickCategory(random, weights, weightTotal, month);
            var due = received.AddHours(slaHours.GetValueOrDefault(category, 72));
            var (status, resolvedAt) = DemoReports.StatusFor(random, received, due, nowUtc);
            var descriptions = DemoReports.Descriptions[category];
            yield return new CitizenReport
            {
                TrackingNumber = $"NAT{seed % 100:00}-{n:D9}",
                ProvinceCode = place.ProvinceCode,
                Kind = random.NextDouble() < 0.25 ? ReportKind.Need : ReportKind.Complaint,
                CategoryCode = category,
                Description = descriptions[random.Next(descriptions.Length)],
                Latitude = Math.Round(place.Lat + ((random.NextDouble() - 0.5) * 0.02), 6),
                Longitude = Math.Round(place.Lon + ((random.NextDouble() - 0.5) * 0.02), 6),
                DistrictCode = place.DistrictCode,
                SubdistrictCode = place.Code,
                Status = status,
                OwnerAgencyId = ownerByProvince[place.ProvinceCode],
                Channel = random.NextDouble() < 0.6 ? ReportChannel.Web : ReportChannel.Traffy,
                ReceivedAt = received,
                UpdatedAt = resolvedAt ?? received.AddHours(random.Next(1, 24)),
                DueAt = due,
                ResolvedAt = resolvedAt,
            };
        }
    }

    /// <summary>Ages over the years with adoption growing: the latest year holds the most reports.</summary>
    private DateTime ReceivedAt(Random random, DateTime nowUtc)
    {
        var ageDays = 365.0 * years * Math.Pow(random.NextDouble(), 1.4);
        return nowUtc.AddDays(-ageDays).AddMinutes(-random.Next(1, 60));
    }

    private static string PickCategory(Random random, (string Code, int Weight)[] weights, int weightTotal, int month)
    {
        // Draw by base weight, then keep a seasonal category with its month's factor (over the largest factor, 2.8).
        while (true)
        {
            var roll = random.Next(weightTotal);
            var code = "other";
            foreach (var (c, weight) in weights)
            {
                if (roll < weight)
                {
                    code = c;
                    break;
                }

                roll -= weight;
            }

            if (!Seasons.TryGetValue(code, out var season) || random.NextDouble() * 2.8 < season[month])
            {
                return code;
            }
        }
    }
}
