namespace OpsCenter.Domain.Reports;

/// <summary>Tracking numbers a citizen can read over the phone: a province prefix and eight characters with no 0/O or 1/I to confuse.</summary>
public static class TrackingNumbers
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string New(string provincePrefix, Random random)
    {
        Span<char> code = stackalloc char[8];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return $"{provincePrefix}-{code[..4]}-{code[4..]}";
    }

    public static bool LooksValid(string? text) =>
        text is { Length: >= 12 and <= 32 } && text.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-');
}
