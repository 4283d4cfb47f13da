using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Persistence.Demo;

/// <summary>The agencies every Thai province has: the provincial office, the usual line agencies, district offices, the อบจ. and its municipalities.</summary>
internal static class DemoAgencies
{
    /// <summary>Line agencies by the code suffix that routing and demo data refer to, with the sector each mostly serves.</summary>
    public static readonly IReadOnlyList<(string Suffix, string NameTh, string NameEn, string Sector)> LineAgencies =
    [
        ("PWTP", "สำนักงานโยธาธิการและผังเมืองจังหวัด", "Provincial Public Works and Town Planning Office", Sectors.Infrastructure),
        ("DOH", "แขวงทางหลวง", "Highways District", Sectors.Infrastructure),
        ("RID", "โครงการชลประทาน", "Provincial Irrigation Project", Sectors.Water),
        ("NRE", "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัด", "Provincial Natural Resources and Environment Office", Sectors.Environment),
        ("PHO", "สำนักงานสาธารณสุขจังหวัด", "Provincial Public Health Office", Sectors.Health),
        ("EDU", "สำนักงานศึกษาธิการจังหวัด", "Provincial Education Office", Sectors.Education),
        ("AGR", "สำนักงานเกษตรจังหวัด", "Provincial Agricultural Extension Office", Sectors.Economy),
        ("DDPM", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัด", "Provincial Disaster Prevention and Mitigation Office", Sectors.Safety),
        ("POL", "ตำรวจภูธรจังหวัด", "Provincial Police", Sectors.Safety),
        ("MSDHS", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด", "Provincial Social Development and Human Security Office", Sectors.Social),
        ("PLO", "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด", "Provincial Local Administration Office", Sectors.Social),
        ("NSO", "สำนักงานสถิติจังหวัด", "Provincial Statistical Office", Sectors.Economy),
    ];

    public static List<Agency> Build(ProvinceFacts facts, string prefix)
    {
        var agencies = new List<Agency>
        {
            New($"{prefix}-PO", facts.Code, AgencyKind.ProvincialOffice, $"สำนักงานจังหวัด{facts.NameTh}", $"{facts.NameEn} Provincial Office", facts.Code),
            New($"{prefix}-PAO", facts.Code, AgencyKind.ProvincialAdministration, $"องค์การบริหารส่วนจังหวัด{facts.NameTh}", $"{facts.NameEn} Provincial Administrative Organization", facts.Code),
        };

        agencies.AddRange(LineAgencies.Select(l =>
            New($"{prefix}-{l.Suffix}", facts.Code, AgencyKind.LineAgency, l.NameTh + facts.NameTh, $"{facts.NameEn} {l.NameEn}", facts.Code)));

        agencies.AddRange(facts.Districts.Select(d =>
            New($"{prefix}-DO-{d.Code}", facts.Code, AgencyKind.DistrictOffice, $"ที่ว่าการอำเภอ{d.NameTh}", $"{d.NameEn} District Office", d.Code)));

        var municipalityNumber = 0;
        foreach (var municipality in facts.Municipalities)
        {
            municipalityNumber++;
            var agency = New($"{prefix}-MUN-{municipalityNumber:00}", facts.Code, AgencyKind.Municipality, municipality.NameTh,
                EnglishMunicipalityName(municipality.NameTh, facts), municipality.Codes[0]);
            agency.Areas = municipality.Codes.Distinct().Select(c => new AgencyArea { AreaCode = c }).ToList();
            agencies.Add(agency);
        }

        return agencies;
    }

    private static Agency New(string code, string province, AgencyKind kind, string th, string en, string areaCode) => new()
    {
        Code = code,
        ProvinceCode = province,
        Kind = kind,
        NameTh = th,
        NameEn = en,
        Areas = [new AgencyArea { AreaCode = areaCode }],
    };

    private static string EnglishMunicipalityName(string thai, ProvinceFacts facts)
    {
        var (rank, place) = thai.StartsWith("เทศบาลเมือง", StringComparison.Ordinal)
            ? ("Town", thai["เทศบาลเมือง".Length..])
            : thai.StartsWith("เทศบาลนคร", StringComparison.Ordinal)
                ? ("City", thai["เทศบาลนคร".Length..])
                : ("Subdistrict", thai["เทศบาลตำบล".Length..]);
        var english = facts.Areas.FirstOrDefault(a => a.NameTh == place)?.NameEn ?? place;
        return $"{english} {rank} Municipality";
    }
}
