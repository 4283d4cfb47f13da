using Bunit;
using Microsoft.JSInterop;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Intake;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Features.Reports.Intake;

namespace OpsCenter.Tests.Components.Reports;

public sealed class ReportReceiptPanelTests : ComponentTest
{
    private static readonly ReportReceipt Receipt = new(7, "SRB-ABCD-1234", ReportStatus.Received, null, "secret-key", Replayed: false);

    [Fact]
    public void TheTrackingLink_IsAbsolute_SoItWorksWhenPastedIntoAChat()
    {
        var panel = Render<ReportReceiptPanel>(p => p.Add(c => c.Receipt, Receipt));

        var link = panel.Find("[data-testid=track-link]");
        Assert.Equal("http://localhost/track/SRB-ABCD-1234?key=secret-key", link.GetAttribute("href"));
        Assert.Equal("http://localhost/track/SRB-ABCD-1234?key=secret-key", link.TextContent);
    }

    [Fact]
    public void Copy_PutsTheAbsoluteLinkOnTheClipboard_AndSaysSo()
    {
        var clipboard = JSInterop.SetupVoid("navigator.clipboard.writeText", "http://localhost/track/SRB-ABCD-1234?key=secret-key");
        clipboard.SetVoidResult();
        var panel = Render<ReportReceiptPanel>(p => p.Add(c => c.Receipt, Receipt));

        panel.Find("[data-testid=track-copy]").Click();

        clipboard.VerifyInvoke("navigator.clipboard.writeText");
        Assert.Equal("คัดลอกลิงก์แล้ว", panel.Find("[data-testid=track-copied]").TextContent);
    }

    [Fact]
    public void Share_WhereTheBrowserHasNoShareSheet_CopiesInstead()
    {
        JSInterop.SetupVoid("navigator.share", _ => true).SetException(new JSException("navigator.share is not a function"));
        var clipboard = JSInterop.SetupVoid("navigator.clipboard.writeText", _ => true);
        clipboard.SetVoidResult();
        var panel = Render<ReportReceiptPanel>(p => p.Add(c => c.Receipt, Receipt));

        panel.Find("[data-testid=track-share]").Click();

        clipboard.VerifyInvoke("navigator.clipboard.writeText");
        Assert.Equal("คัดลอกลิงก์แล้ว", panel.Find("[data-testid=track-copied]").TextContent);
    }

    [Fact]
    public void ARefusedClipboard_TellsTheCitizenToCopyTheLinkThemselves()
    {
        JSInterop.SetupVoid("navigator.clipboard.writeText", _ => true).SetException(new JSException("denied"));
        InEnglish();
        var panel = Render<ReportReceiptPanel>(p => p.Add(c => c.Receipt, Receipt));

        panel.Find("[data-testid=track-copy]").Click();

        Assert.Contains("select the link above", panel.Find("[data-testid=track-copied]").TextContent, StringComparison.Ordinal);
    }
}
