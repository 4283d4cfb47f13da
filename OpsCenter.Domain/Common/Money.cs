using System.Globalization;

namespace OpsCenter.Domain.Common;

/// <summary>An amount of Thai baht held as whole satang, so sums are exact and both databases can order and compare it.</summary>
public readonly record struct Money(long Satang) : IComparable<Money>
{
    public const long SatangPerBaht = 100;

    /// <summary>
    /// The largest amount one line may hold: three times the whole national budget, and far enough below the satang
    /// range that thousands of such lines still sum without overflow.
    /// </summary>
    public const decimal MaxBaht = 10_000_000_000_000m;

    public static Money Zero => default;

    public static Money FromBaht(long baht) => new(checked(baht * SatangPerBaht));

    public static Money FromBaht(decimal baht)
    {
        var satang = baht * SatangPerBaht;
        if (satang != decimal.Truncate(satang))
        {
            throw new ArgumentException("An amount in baht may have at most two decimal places.", nameof(baht));
        }

        return new Money(checked((long)satang));
    }

    public decimal Baht => Satang / (decimal)SatangPerBaht;

    public bool IsNegative => Satang < 0;

    public static Money operator +(Money a, Money b) => new(checked(a.Satang + b.Satang));

    public static Money operator -(Money a, Money b) => new(checked(a.Satang - b.Satang));

    public static bool operator <(Money a, Money b) => a.Satang < b.Satang;

    public static bool operator >(Money a, Money b) => a.Satang > b.Satang;

    public static bool operator <=(Money a, Money b) => a.Satang <= b.Satang;

    public static bool operator >=(Money a, Money b) => a.Satang >= b.Satang;

    public int CompareTo(Money other) => Satang.CompareTo(other.Satang);

    public static Money Sum(IEnumerable<Money> amounts) => new(amounts.Aggregate(0L, (total, m) => checked(total + m.Satang)));

    /// <summary>Share of this amount in a total, 0 when the total is zero.</summary>
    public double ShareOf(Money total) => total.Satang == 0 ? 0 : (double)Satang / total.Satang;

    /// <summary>Parses "1,234.50", "1234" or "฿1,234.5"; returns false for anything else, including more than two decimals.</summary>
    public static bool TryParseBaht(string? text, out Money money)
    {
        money = Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var cleaned = text.Trim().Replace("฿", "", StringComparison.Ordinal).Replace("บาท", "", StringComparison.Ordinal).Trim();
        if (!decimal.TryParse(cleaned, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture, out var baht))
        {
            return false;
        }

        if (baht * SatangPerBaht != decimal.Truncate(baht * SatangPerBaht) || Math.Abs(baht) > MaxBaht)
        {
            return false;
        }

        money = new Money((long)(baht * SatangPerBaht));
        return true;
    }

    /// <summary>"1,234.50" — always two decimals, Western digits, as Thai government documents print amounts.</summary>
    public override string ToString() => Baht.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>Compact figure for tiles: 1.2 ล้าน / 1.2M.</summary>
    public string ToCompactString(bool thai)
    {
        var baht = Math.Abs(Baht);
        var sign = IsNegative ? "-" : "";
        return baht switch
        {
            >= 1_000_000_000m => sign + (baht / 1_000_000m).ToString("#,##0", CultureInfo.InvariantCulture) + (thai ? " ล้าน" : "M"),
            >= 1_000_000m => sign + (baht / 1_000_000m).ToString("#,##0.0", CultureInfo.InvariantCulture) + (thai ? " ล้าน" : "M"),
            >= 1_000m => sign + (baht / 1_000m).ToString("#,##0.0", CultureInfo.InvariantCulture) + (thai ? " พัน" : "k"),
            _ => sign + baht.ToString("#,##0", CultureInfo.InvariantCulture),
        };
    }
}
