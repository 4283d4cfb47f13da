using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Reports;

namespace OpsCenter.Tests.Browser.Reports;

/// <summary>The app on a loopback port for the report pages' browser tests, with the SLA timer off so screens stay still.</summary>
public sealed class ReportsKestrelApp() : OpsAppFactory(DatabaseProvider.Sqlite, ReportApps.Settings)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartKestrel();
    }
}
