using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace WallBench;

/// <summary>
/// Live objects by type, from dotnet-gcdump (OPSCENTER_GCDUMP names the tool; on PATH otherwise). Counts only: the
/// report's byte column is one object's size, not the type's total, so it says nothing of arrays.
/// </summary>
internal static partial class HeapTypes
{
    public static async Task<Dictionary<string, double>> CollectAsync(int processId)
    {
        var tool = Environment.GetEnvironmentVariable("OPSCENTER_GCDUMP") ?? "dotnet-gcdump";
        var file = Path.Combine(Path.GetTempPath(), $"wallbench-{processId}-{Guid.NewGuid():N}.gcdump");
        await RunAsync(tool, "collect", "-p", processId.ToString(CultureInfo.InvariantCulture), "-o", file);
        var report = await RunAsync(tool, "report", file);
        File.Delete(file);
        var types = new Dictionary<string, double>();
        foreach (var line in report.Split('\n'))
        {
            var match = Row().Match(line);
            if (match.Success)
            {
                // "T[] (Bytes > 1K)" and "T[] (Bytes > 10K)" are one type.
                var name = SizeClass().Replace(match.Groups[3].Value.Trim(), "");
                types[name] = types.GetValueOrDefault(name) + Number(match.Groups[2].Value);
            }
        }

        return types;
    }

    public static List<(string Type, double Count)> PerCircuit(Dictionary<string, double> before, Dictionary<string, double> after, int circuits) =>
        after.Select(t => (Type: t.Key, Count: (t.Value - before.GetValueOrDefault(t.Key)) / circuits))
            .Where(t => t.Count > 0)
            .OrderByDescending(t => t.Count)
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

    [GeneratedRegex(@" \(Bytes > [^)]*\)")]
    private static partial Regex SizeClass();
}
