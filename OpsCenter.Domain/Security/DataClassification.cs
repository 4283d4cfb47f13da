namespace OpsCenter.Domain.Security;

/// <summary>
/// The one data classification of the installation (catalog datasets, report fields, wall panels), after the Government
/// Data Catalog's ชั้นความลับ. Stored as an int: the numbers never change.
/// </summary>
public enum DataClassification
{
    Public = 1,
    Personal = 2,
    Security = 3,
    Secret = 4,
}

public static class DataClassifications
{
    public static readonly IReadOnlyList<DataClassification> All =
        [DataClassification.Public, DataClassification.Personal, DataClassification.Security, DataClassification.Secret];

    public static string ThaiName(DataClassification c) => c switch
    {
        DataClassification.Public => "ข้อมูลสาธารณะ",
        DataClassification.Personal => "ข้อมูลส่วนบุคคล",
        DataClassification.Security => "ข้อมูลความมั่นคง",
        _ => "ข้อมูลลับ",
    };

    public static string EnglishName(DataClassification c) => c switch
    {
        DataClassification.Public => "Public",
        DataClassification.Personal => "Personal data",
        DataClassification.Security => "Security",
        _ => "Secret",
    };

    /// <summary>What stands where a field is withheld, so a reader knows something is there and why it is hidden.</summary>
    public static string MaskedThai(DataClassification c) => ThaiName(c) + " – ปิดบัง";

    public static string MaskedEnglish(DataClassification c) => EnglishName(c) + " – hidden";
}
