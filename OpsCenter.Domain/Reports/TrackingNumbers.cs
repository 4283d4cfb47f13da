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

    /// <summary>
    /// A stable number for a report imported from another system: the same source id always gives the same number, and
    /// the shape (a channel letter and ten characters) never collides with numbers made by <see cref="New"/>.
    /// </summary>
    public static string ForExternal(string provincePrefix, ReportChannel channel, string externalId)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{(int)channel}:{externalId}"));
        Span<char> code = stackalloc char[10];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = Alphabet[hash[i] % Alphabet.Length];
        }

        var letter = channel == ReportChannel.Traffy ? 'T' : 'F';
        return $"{provincePrefix}-{letter}{code[..5]}-{code[5..]}";
    }

    public static bool LooksValid(string? text) =>
        text is { Length: >= 12 and <= 32 } && text.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-');
}
