namespace OpsCenter.Web.Features.Help;

/// <summary>Thai first, English second, as everywhere in the app.</summary>
public sealed record HelpText(string Th, string En)
{
    public override string ToString() => Shared.Bilingual.T(Th, En);
}
