namespace OpsCenter.Domain.Proposals;

/// <summary>Thai telephone numbers as people type them: "081-234-5678", "+66 81 234 5678", "02 123 4567".</summary>
public static class PhoneNumbers
{
    /// <summary>The national form ("0812345678"), or null when it is not a Thai mobile (10 digits) or fixed-line (9 digits) number.</summary>
    public static string? NormalizeThai(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var digits = new string(text.Where(c => !(c is ' ' or '-' or '.' or '(' or ')')).ToArray());
        if (digits.StartsWith('+'))
        {
            digits = digits[1..];
            if (!digits.StartsWith("66", StringComparison.Ordinal))
            {
                return null;
            }
        }

        if (!digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        if (digits.StartsWith("66", StringComparison.Ordinal) && digits.Length is 10 or 11)
        {
            digits = "0" + digits[2..];
        }

        var mobile = digits.Length == 10 && digits[0] == '0' && digits[1] is '6' or '8' or '9';
        var fixedLine = digits.Length == 9 && digits[0] == '0' && digits[1] is >= '2' and <= '7';
        return mobile || fixedLine ? digits : null;
    }
}
