using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Budget.Import;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Budget;

public sealed class ProjectImporterTests(BudgetApps apps) : IClassFixture<BudgetApps>
{
    private const string Header = "code,name_th,sector,owner_agency,area_codes,fiscal_year,source,requested,approved,disbursed,status\r\n";

    private static async Task<ImportReport> ImportAsync(OpsAppFactory app, string csv) =>
        await app.Services.GetRequiredService<ProjectImporter>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), TestAdmins.Steward());

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_MixedRows_SavesTheGoodOnesAndReportsEachBadRow(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        using var events = new EventRecorder(app.Services);
        var csv = Header
                  + "IMP-A-1,ขุดลอกคลองหนองแซง,water,SRB-RID,1905,2571,province,\"2,500,000\",2000000,0,approved\r\n"          // row 2
                  + "IMP-A-1,ขุดลอกคลองหนองแซง,water,SRB-RID,1905,2571,ministry,800000,,,\r\n"                                  // row 3: second line
                  + "IMP-A-2,ไฟส่องสว่าง,โครงสร้างพื้นฐาน,SRB-PWTP,1901;1902,2571,งบจังหวัด,100000.5,,,\r\n"                 // row 4
                  + "IMP-A-3,ปีผิด,water,SRB-RID,1905,2028,province,100,,,\r\n"                                                  // row 5: Gregorian
                  + "IMP-A-4,เงินผิด,water,SRB-RID,1905,2571,province,1.001,,,\r\n"                                              // row 6: 3 decimals
                  + "IMP-A-5,\"quote\"broken,water,SRB-RID,1905,2571,province,100,,,\r\n"                                        // row 7: malformed
                  + "IMP-A-1,ซ้ำ,water,SRB-RID,1905,2571,province,1,,,\r\n";                                                     // row 8: duplicate line

        var report = await ImportAsync(app, csv);

        Assert.Equal(3, report.Accepted);
        Assert.Equal((2, 0), (report.Created, report.Updated));
        Assert.Equal(
            [(5L, "fiscal_year"), (6L, "requested"), (7L, ""), (8L, "code")],
            report.Issues.Select(i => (i.Row, i.Field)));
        await using var db = DbContexts.For(app.Database);
        var canal = await db.Set<Project>().Include(p => p.BudgetLines).SingleAsync(p => p.Code == "IMP-A-1");
        Assert.Equal(2, canal.BudgetLines.Count);
        Assert.Equal(250_000_000L, canal.BudgetLines.Single(l => l.Source == BudgetSource.Province).Requested.Satang);
        var lights = await db.Set<Project>().Include(p => p.ExtraAreas).SingleAsync(p => p.Code == "IMP-A-2");
        Assert.Equal(["1901", "1902"], lights.AllAreaCodes());
        Assert.Equal(ProjectStatus.Proposed, lights.Status);
        Assert.False(await db.Set<Project>().AnyAsync(p => p.Code == "IMP-A-3" || p.Code == "IMP-A-4" || p.Code == "IMP-A-5"));
        await events.WaitForAsync(e => e.Kind == BudgetEvents.LineChanged && e.SubjectId == "fy:2571");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_SameCodeAgain_UpdatesInsteadOfDuplicating(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        await ImportAsync(app, Header + "IMP-B-1,ถนน,infrastructure,SRB-DOH,1903,2571,province,500000,,,\r\n");

        var report = await ImportAsync(app, Header + "IMP-B-1,ถนนลาดยาง,infrastructure,SRB-DOH,1903,2571,province,500000,450000,100000,in-progress\r\n");

        Assert.Equal((0, 1), (report.Created, report.Updated));
        await using var db = DbContexts.For(app.Database);
        var project = await db.Set<Project>().Include(p => p.BudgetLines).SingleAsync(p => p.Code == "IMP-B-1");
        Assert.Equal("ถนนลาดยาง", project.NameTh);
        Assert.Equal(ProjectStatus.InProgress, project.Status);
        var line = Assert.Single(project.BudgetLines);
        Assert.Equal((45_000_000L, 10_000_000L), (line.Approved.Satang, line.Disbursed.Satang));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_ThaiHeadersWithBom_AreUnderstood(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var csv = "\uFEFFรหัสโครงการ,ชื่อโครงการ,ด้าน,หน่วยงาน,พื้นที่,ปีงบประมาณ,แหล่งงบประมาณ,งบที่ขอ,สถานะ\r\n"
                  + "IMP-C-1,ศูนย์ดูแลผู้สูงอายุ,สาธารณสุข,SRB-PHO,190101,2571,งบ อปท.,300000,เสนอโครงการ\r\n";

        var report = await ImportAsync(app, csv);

        Assert.Empty(report.Issues);
        await using var db = DbContexts.For(app.Database);
        var project = await db.Set<Project>().SingleAsync(p => p.Code == "IMP-C-1");
        Assert.Equal((Sectors.Health, "190101"), (project.Sector, project.AreaCode));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_MissingRequiredColumn_RefusesTheFileAndSavesNothing(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);

        var report = await ImportAsync(app, "code,name_th\r\nIMP-D-1,x\r\n");
        var empty = await ImportAsync(app, "");

        Assert.True(report.FileRejected);
        Assert.Contains("sector", report.Issues[0].English, StringComparison.Ordinal);
        Assert.True(empty.FileRejected);
        await using var db = DbContexts.For(app.Database);
        Assert.False(await db.Set<Project>().AnyAsync(p => p.Code == "IMP-D-1"));
    }
}
