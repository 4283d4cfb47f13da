using OpsCenter.Domain.Reports;

namespace OpsCenter.Domain.Persistence.Demo;

internal static class DemoOpen311
{
    /// <summary>One partner, "แอปพันธมิตรสาธิต", whose key is Demo:Open311Key or a new one printed once.</summary>
    public static void AddPartner(OpsDbContext db, DemoOptions demo, DateTime now)
    {
        var key = demo.Open311Key;
        if (string.IsNullOrWhiteSpace(key))
        {
            key = Open311Partners.NewKey();

            // The console, not the logger, as for the demo password: a key must not end up in collected logs.
            Console.WriteLine($"OpsCenter demo Open311 api_key, shown once: {key}");
        }

        db.Add(new Open311Partner { Name = "แอปพันธมิตรสาธิต / Demo partner app", ProvinceCode = demo.ProvinceCodes[0], KeyHash = Open311Partners.Hash(key), CreatedAt = now });
    }
}
