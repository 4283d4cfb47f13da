using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Domain.Persistence.Demo;

/// <summary>Deterministic synthetic citizen reports: where people live, what Thai provinces hear about, resolved more often the older they are.</summary>
internal sealed class DemoReports(ProvinceFacts facts, IReadOnlyList<Agency> agencies, IReadOnlyList<ReportCategory> categories, string prefix, Random random, string? trackingPrefix = null)
{
    internal static readonly (string Code, int Weight)[] CategoryWeights =
    [
        ("road", 18), ("footpath", 3), ("lighting", 10), ("flood", 7), ("drainage", 8), ("water-supply", 6),
        ("cleanliness", 11), ("pm25", 5), ("noise", 4), ("safety", 5), ("traffic", 6), ("health", 3),
        ("stray-animals", 4), ("education", 2), ("agriculture", 4), ("welfare", 3), ("other", 2),
    ];

    /// <summary>Districts known for particular problems get more of them (cement and quarry dust around Kaeng Khoi and Chaloem Phra Kiat, floods in the lowland west).</summary>
    private static readonly Dictionary<string, string[]> DistrictHotspots = new()
    {
        ["1902"] = ["pm25", "traffic"],
        ["1913"] = ["pm25", "pm25"],
        ["1905"] = ["flood", "drainage"],
        ["1907"] = ["flood", "agriculture"],
        ["1903"] = ["traffic", "road"],
    };

    internal static readonly Dictionary<string, string[]> Descriptions = new()
    {
        ["road"] = ["ถนนเป็นหลุมเป็นบ่อ รถจักรยานยนต์ล้มบ่อย", "ถนนลาดยางชำรุดหลังฝนตก", "ขอให้ซ่อมผิวถนนในหมู่บ้าน"],
        ["footpath"] = ["ทางเท้าแตกร้าว ผู้สูงอายุเดินลำบาก", "ร้านค้าวางของบนทางเท้า"],
        ["lighting"] = ["ไฟฟ้าส่องสว่างดับทั้งซอย", "ขอติดตั้งไฟถนนเพิ่ม บริเวณทางโค้งมืดมาก"],
        ["flood"] = ["น้ำท่วมขังถนนหลังฝนตกหนัก", "น้ำล้นตลิ่งเข้าบ้านเรือน", "ขอเครื่องสูบน้ำช่วยเหลือ"],
        ["drainage"] = ["ท่อระบายน้ำอุดตัน มีกลิ่นเหม็น", "ขอขุดลอกคูระบายน้ำ"],
        ["water-supply"] = ["น้ำประปาไม่ไหล 3 วันแล้ว", "น้ำประปาขุ่น มีตะกอน", "ขอขยายเขตประปาหมู่บ้าน"],
        ["cleanliness"] = ["ขยะไม่มีการเก็บมาหลายวัน", "มีการลักลอบทิ้งขยะริมถนน", "ขอถังขยะเพิ่มในชุมชน"],
        ["pm25"] = ["ฝุ่นจากโรงงานและรถบรรทุกหนาแน่นมาก", "มีการเผาในที่โล่ง ควันเข้าบ้าน", "ค่าฝุ่นสูง เด็กเป็นภูมิแพ้"],
        ["noise"] = ["เสียงดังจากสถานประกอบการกลางคืน", "รถบรรทุกวิ่งเสียงดังตลอดคืน"],
        ["safety"] = ["ทางแยกอันตราย เกิดอุบัติเหตุบ่อย", "ขอติดตั้งกล้องวงจรปิดในชุมชน"],
        ["traffic"] = ["รถติดหนักช่วงเช้าหน้าโรงเรียน", "สัญญาณไฟจราจรเสีย"],
        ["health"] = ["ยุงลายชุกชุม ขอพ่นหมอกควัน", "ขอหน่วยแพทย์เคลื่อนที่ในหมู่บ้าน"],
        ["stray-animals"] = ["สุนัขจรจัดไล่กัดเด็กนักเรียน", "ขอฉีดวัคซีนพิษสุนัขบ้า"],
        ["education"] = ["อาคารเรียนชำรุด ขอซ่อมแซม", "ขอรถรับส่งนักเรียน"],
        ["agriculture"] = ["ขาดแคลนน้ำเพื่อการเกษตร", "ขอสนับสนุนพันธุ์ข้าวหลังน้ำท่วม"],
        ["welfare"] = ["ผู้สูงอายุอยู่ลำพัง ขอความช่วยเหลือ", "ขอปรับปรุงบ้านผู้พิการ"],
        ["other"] = ["ขอข้อมูลการยื่นคำร้อง", "เสนอแนะการให้บริการของหน่วยงาน"],
    };

    /// <summary>Which line agency takes a category when no local government covers the place.</summary>
    internal static readonly Dictionary<string, string> LineAgencyFor = new()
    {
        ["road"] = "DOH", ["footpath"] = "PWTP", ["lighting"] = "PWTP", ["flood"] = "DDPM", ["drainage"] = "PWTP",
        ["water-supply"] = "RID", ["cleanliness"] = "NRE", ["pm25"] = "NRE", ["noise"] = "NRE", ["safety"] = "POL",
        ["traffic"] = "POL", ["health"] = "PHO", ["stray-animals"] = "PHO", ["education"] = "EDU",
        ["agriculture"] = "AGR", ["welfare"] = "MSDHS", ["other"] = "PO",
    };

    internal static readonly HashSet<string> LocalGovernmentCategories = ["road", "footpath", "lighting", "drainage", "cleanliness", "stray-animals"];

    public IEnumerable<CitizenReport> Generate(int count, DateTime nowUtc)
    {
        var subdistricts = facts.Subdistricts.ToList();
        var cumulative = new double[subdistricts.Count];
        double total = 0;
        for (var i = 0; i < subdistricts.Count; i++)
        {
            total += Math.Max(subdistricts[i].Population, 500);
            cumulative[i] = total;
        }

        var categoryBySlug = categories.ToDictionary(c => c.Code);
        var agencyByCode = agencies.ToDictionary(a => a.Code);
        var municipalityByTambon = agencies.Where(a => a.Kind == AgencyKind.Municipality)
            .SelectMany(a => a.Areas.Select(area => (area.AreaCode, a.Id)))
            .GroupBy(x => x.AreaCode).ToDictionary(g => g.Key, g => g.First().Id);
        var weightTotal = CategoryWeights.Sum(w => w.Weight);
        var seen = new HashSet<string>();

        for (var n = 0; n < count; n++)
        {
            var index = Array.BinarySearch(cumulative, random.NextDouble() * total);
            var place = subdistricts[index < 0 ? ~index : index];
            var district = place.Code[..4];
            var categoryCode = PickCategory(district, weightTotal);
            var category = categoryBySlug[categoryCode];

            // Growth over the year: later months see more reports, as adoption of the channel grows.
            var ageDays = 365 * Math.Pow(random.NextDouble(), 1.25);
            var received = nowUtc.AddDays(-ageDays).AddMinutes(-random.Next(0, 60));
            var due = received.AddHours(category.SlaHours);

            string tracking;
            do
            {
                tracking = TrackingNumbers.New(trackingPrefix ?? prefix, random);
            }
            while (!seen.Add(tracking));

            var owner = LocalGovernmentCategories.Contains(categoryCode) && municipalityByTambon.TryGetValue(place.Code, out var localId)
                ? localId
                : agencyByCode[$"{prefix}-{LineAgencyFor[categoryCode]}"].Id;

            var (status, resolvedAt) = StatusFor(random, received, due, nowUtc);
            yield return new CitizenReport
            {
                TrackingNumber = tracking,
                ProvinceCode = facts.Code,
                Kind = random.NextDouble() < 0.25 ? ReportKind.Need : ReportKind.Complaint,
                CategoryCode = categoryCode,
                Description = Descriptions[categoryCode][random.Next(Descriptions[categoryCode].Length)],
                Latitude = Math.Round(place.Lat + (Gaussian() * 0.008), 6),
                Longitude = Math.Round(place.Lon + (Gaussian() * 0.008), 6),
                DistrictCode = district,
                SubdistrictCode = place.Code,
                Status = status,
                OwnerAgencyId = owner,
                Channel = random.NextDouble() < 0.7 ? ReportChannel.Web : ReportChannel.Traffy,
                ReceivedAt = received,
                UpdatedAt = resolvedAt ?? (status == ReportStatus.Received ? received : received.AddHours(random.Next(1, 24))),
                DueAt = due,
                ResolvedAt = resolvedAt,
            };
        }
    }

    private string PickCategory(string district, int weightTotal)
    {
        if (DistrictHotspots.TryGetValue(district, out var hot) && random.NextDouble() < 0.2)
        {
            return hot[random.Next(hot.Length)];
        }

        var roll = random.Next(weightTotal);
        foreach (var (code, weight) in CategoryWeights)
        {
            if (roll < weight)
            {
                return code;
            }

            roll -= weight;
        }

        return "other";
    }

    /// <summary>Older reports are more often resolved; most within their due time, some late, a few rejected.</summary>
    internal static (ReportStatus Status, DateTime? ResolvedAt) StatusFor(Random random, DateTime received, DateTime due, DateTime now)
    {
        var age = now - received;
        var resolvedShare = age.TotalDays switch { > 90 => 0.99, > 30 => 0.96, > 7 => 0.85, > 2 => 0.5, _ => 0.15 };
        if (random.NextDouble() < resolvedShare)
        {
            var slaSpan = (due - received).TotalHours;
            var resolveHours = slaSpan * (0.2 + (random.NextDouble() * (random.NextDouble() < 0.8 ? 0.8 : 2.5)));
            var resolvedAt = received.AddHours(resolveHours);
            if (resolvedAt > now)
            {
                resolvedAt = now.AddMinutes(-random.Next(5, 600));
            }

            var status = random.NextDouble() < 0.05 ? ReportStatus.Rejected : ReportStatus.Resolved;
            return (status, resolvedAt < received ? received.AddHours(1) : resolvedAt);
        }

        var open = random.NextDouble();
        var openStatus = open switch { < 0.2 => ReportStatus.Received, < 0.5 => ReportStatus.Assigned, < 0.92 => ReportStatus.InProgress, _ => ReportStatus.Forwarded };
        return (openStatus, null);
    }

    private double Gaussian()
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
