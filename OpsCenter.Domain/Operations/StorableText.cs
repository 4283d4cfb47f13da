namespace OpsCenter.Domain.Operations;

/// <summary>
/// Text the databases can keep: PostgreSQL refuses NUL (22021) and neither engine keeps half a UTF-16 surrogate pair.
/// Checked at the edge, so the caller hears which field was wrong instead of a failed write.
/// </summary>
public static class StorableText
{
    /// <summary>Null when the text can be stored, else why not (Thai, English).</summary>
    public static (string Thai, string English)? Problem(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return ("มีอักขระ NUL ซึ่งระบบจัดเก็บไม่ได้", "contains a NUL character, which cannot be stored");
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return ("มีอักขระ Unicode ที่ไม่สมบูรณ์ (surrogate เดี่ยว)", "contains half of a Unicode surrogate pair");
            }
        }

        return null;
    }
}
