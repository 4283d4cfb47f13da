using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace WallBench;

/// <summary>Live objects by type, from dotnet-gcdump (OPSCENTER_GCDUMP names the tool; on PATH otherwise).</summary>
internal static partial class HeapTypes
{
    public static async Task<Dictionary<string, (double Bytes, double Count)>> CollectAsync(int processId)
    {
        var tool = Environment.GetEnvironmentVariable("OPSCENTER_GCDUMP") ?? "dotnet-gcdump";
        var file = Path.Combine(Path.GetTempPath(), $"wallbench-{processId}-{Guid.NewGuid():N}.gcdump");
        await RunAsync(tool, "collect", "-p", processId.ToString(CultureInfo.InvariantCulture), "-o", file);
        var report = await RunAsync(tool, "report", file);
        await File.WriteAllTextAsync(file + ".txt", report);
        File.Delete(file);
        var types = new Dictionary<string, (double Bytes, double Count)>();
        foreach (var line in report.Split('\n'))
        {
            var match = Row().Match(line);
            if (match.Success)
            {
                var name = match.Groups[3].Value.Trim();
                var (bytes, count) = types.GetValueOrDefault(name);
                types[name] = (bytes + Number(match.Groups[1].Value), count + Number(match.Groups[2].Value));
            }
        }

        return types;
    }

    public static List<(string Type, double Bytes, double Count)> PerCircuit(
        Dictionary<string, (double Bytes, double Count)> before, Dictionary<string, (double Bytes, double Count)> after, int circuits) =>
        after.Select(t => (t.Key, Bytes: (t.Value.Bytes - before.GetValueOrDefault(t.Key).Bytes) / circuits, Count: (t.Value.Count - before.GetValueOrDefault(t.Key).Count) / circuits))
            .Where(t => t.Bytes > 0)
            .OrderByDescending(t => t.Bytes)
            .ToList();

    private static double Number(string text) => double.Parse(text.Replace(",", ""), CultureInfo.InvariantCulture);

    private static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }

    [GeneratedRegex(@"^\s*([\d,]+)\s+([\d,]+)\s+(\S.*)$")]
    private static partial Regex Row();
}
