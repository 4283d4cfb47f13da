namespace OpsCenter.Domain.Reports;

/// <summary>How contact details look to people who may know that a contact exists but not what it is.</summary>
public static class ContactMask
{
    /// <summary>"สมชาย ใจดี" becomes "ส•••• ใ•••".</summary>
    public static string? Name(string? name) => string.IsNullOrWhiteSpace(name)
        ? null
        : string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[..1] + new string('•', Math.Min(4, Math.Max(1, w.Length - 1)))));

    /// <summary>"0812345678" becomes "•••-•••-•678": the last three digits let a caller confirm a number they are told.</summary>
    public static string? Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return digits.Length < 4 ? "•••" : "•••-•••-•" + digits[^3..];
    }

    /// <summary>"somchai@example.com" becomes "s•••@example.com".</summary>
    public static string? Email(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? "•••" : email[..1] + "•••" + email[at..];
    }
}
