using Microsoft.AspNetCore.Components;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Wall;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Wall.Admin;

/// <summary>Issues, lists and revokes screen tokens; a revoked television leaves its wall within seconds, on every instance.</summary>
public sealed partial class ScreenTokensPanel
{
    private IReadOnlyList<ScreenToken> tokens = [];
    private IssuedScreenToken? issued;
    private string name = "";
    private int screenId;
    private string? error;

    [Parameter, EditorRequired]
    public IReadOnlyList<WallScreenInfo> Screens { get; set; } = [];

    [Parameter, EditorRequired]
    public Actor Admin { get; set; } = Actor.Anonymous;

    [Inject]
    private ScreenTokens Tokens { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnInitializedAsync() => tokens = await Tokens.ListAsync(Admin);

    private string ConnectLink(string secret) => Navigation.ToAbsoluteUri($"/wall/connect?token={Uri.EscapeDataString(secret)}").ToString();

    private async Task CreateAsync()
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            error = T("กรุณาตั้งชื่อรหัสจอตามสถานที่ (ไม่เกิน 200 ตัวอักษร)", "Name the token after its place (at most 200 characters).");
            return;
        }

        error = null;
        issued = await Tokens.CreateAsync(name, screenId == 0 ? null : screenId, Admin);
        name = "";
        tokens = await Tokens.ListAsync(Admin);
    }

    private async Task RevokeAsync(int tokenId)
    {
        await Tokens.RevokeAsync(tokenId, Admin);
        issued = null;
        tokens = await Tokens.ListAsync(Admin);
    }
}
