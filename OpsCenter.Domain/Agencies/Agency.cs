namespace OpsCenter.Domain.Agencies;

public enum AgencyKind
{
    /// <summary>ศาลากลางจังหวัด and the governor's own offices.</summary>
    ProvincialOffice = 1,

    /// <summary>Provincial branches of ministries (ส่วนราชการส่วนภูมิภาค), e.g. the provincial public health office.</summary>
    LineAgency = 2,

    /// <summary>ที่ว่าการอำเภอ.</summary>
    DistrictOffice = 3,

    /// <summary>องค์การบริหารส่วนจังหวัด (อบจ.).</summary>
    ProvincialAdministration = 4,

    /// <summary>เทศบาลนคร/เมือง/ตำบล.</summary>
    Municipality = 5,

    /// <summary>องค์การบริหารส่วนตำบล (อบต.).</summary>
    SubdistrictAdministration = 6,
}

public sealed class Agency
{
    public int Id { get; set; }

    /// <summary>A short stable code used by routing rules, imports and APIs, e.g. "SRB-PHO".</summary>
    public required string Code { get; set; }

    public required string ProvinceCode { get; set; }

    public AgencyKind Kind { get; set; }

    public required string NameTh { get; set; }

    public required string NameEn { get; set; }

    public int? ParentAgencyId { get; set; }

    public List<AgencyArea> Areas { get; set; } = [];

    public bool IsLocalGovernment => Kind is AgencyKind.ProvincialAdministration or AgencyKind.Municipality or AgencyKind.SubdistrictAdministration;
}

/// <summary>An area an agency is responsible for; a district office covers its district, an อบต. its subdistrict.</summary>
public sealed class AgencyArea
{
    public int AgencyId { get; set; }

    public required string AreaCode { get; set; }
}
