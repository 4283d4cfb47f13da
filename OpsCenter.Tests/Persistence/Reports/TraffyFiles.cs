using System.Globalization;
using CsvHelper;
using OpsCenter.Domain.Persistence.Demo;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Reports;

/// <summary>
/// The real Traffy exports are Bangkok tickets; an installation for Saraburi rejects them all as outside the province.
/// To test acceptance with real rows (their BOM, multi-line comments, labels, Thai states, swapped columns), this moves
/// rows into Saraburi: province, district and subdistrict names and coordinates are replaced, everything else is kept.
/// Every <c>keepOutsideEvery</c>-th row stays where it was, so files mix inside and outside rows as real ones would.
/// </summary>
public static class TraffyFiles
{
    public const string Canonical = "traffy/traffy_teamchadchart_2023-05_canonical_sample.csv";
    public const string WithDurations = "traffy/traffy_export_2023-11_with_durations.csv";

    public static string Relocated(string relative, int keepOutsideEvery = 10, Func<string, string?>? changeState = null)
    {
        var facts = ProvinceFacts.Load("19");
        var subdistricts = facts.Subdistricts.ToList();
        var districts = facts.Districts.ToDictionary(d => d.Code);
        var target = Path.Combine(Path.GetTempPath(), "opscenter-tests", $"traffy-{Guid.NewGuid():N}.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using var input = File.OpenRead(SharedData.PathOf(relative));
        using var reader = CsvReader.Create(input, CsvReaderOptions.Default, false);
        using var output = File.Create(target);
        using var writer = CsvWriter.Create(output, CsvWriterOptions.Default with { WriteByteOrderMark = true }, false);
        var headers = reader.Headers.ToArray();
        writer.WriteHeader(headers);
        var index = headers.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i);
        var row = 0;
        while (reader.Read())
        {
            var fields = Enumerable.Range(0, headers.Length).Select(i => reader.GetString(i)).ToArray();
            if (++row % keepOutsideEvery != 0)
            {
                var place = subdistricts[Math.Abs(StableHash(fields[0])) % subdistricts.Count];
                var lat = (place.Lat + ((row % 7) - 3) * 0.001).ToString("0.00000", CultureInfo.InvariantCulture);
                var lon = (place.Lon + ((row % 5) - 2) * 0.001).ToString("0.00000", CultureInfo.InvariantCulture);
                fields[index["province"]] = "สระบุรี";
                fields[index["district"]] = districts[place.Code[..4]].NameTh;
                fields[index["subdistrict"]] = place.NameTh;
                if (index.TryGetValue("coords", out var coords))
                {
                    fields[coords] = $"{lon},{lat}";
                }
                else
                {
                    // Keep the export's own quirk: longitude under "Latitute", latitude under "Longitude".
                    fields[index["Latitute"]] = lon;
                    fields[index["Longitude"]] = lat;
                }
            }

            if (changeState?.Invoke(fields[0]) is { } state)
            {
                fields[index["state"]] = state;
            }

            writer.WriteRecord(fields);
        }

        return target;
    }

    /// <summary>Rows a Saraburi installation should accept: moved into the province and carrying a ticket id.</summary>
    public static int CountInsideWithId(string path)
    {
        using var input = File.OpenRead(path);
        using var reader = CsvReader.Create(input, CsvReaderOptions.Default, false);
        var count = 0;
        while (reader.Read())
        {
            if (reader.GetString("province") == "สระบุรี" && reader.GetString("ticket_id").Trim().Length > 0)
            {
                count++;
            }
        }

        return count;
    }

    public static HashSet<string> TicketIds(string path)
    {
        using var input = File.OpenRead(path);
        using var reader = CsvReader.Create(input, CsvReaderOptions.Default, false);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            ids.Add(reader.GetString("ticket_id"));
        }

        return ids;
    }

    private static int StableHash(string text) => text.Aggregate(17, (h, c) => unchecked((h * 31) + c));
}
