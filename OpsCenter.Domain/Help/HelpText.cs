namespace OpsCenter.Domain.Help;

/// <summary>Thai first, English second, as everywhere in the app.</summary>
public sealed record HelpText(string Th, string En)
{
    public override string ToString() => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th" ? Th : En;
}
