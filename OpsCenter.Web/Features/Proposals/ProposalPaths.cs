using System.Globalization;

namespace OpsCenter.Web.Features.Proposals;

public static class ProposalPaths
{
    public const string List = "/proposals";
    public const string New = "/proposals/new";

    public static string Proposal(int id) => $"/proposals/{id.ToString(CultureInfo.InvariantCulture)}";

    public static string Track(string code) => $"/proposals/track/{Uri.EscapeDataString(code)}";
}
