using OpsCenter.Domain.Common;

namespace OpsCenter.Tests.Infrastructure;

/// <summary>An administrator of a province, for tests that set things up through the services as an admin would.</summary>
public static class TestAdmins
{
    public static Actor Of(string provinceCode) => Actor.Staff("admin-test", "ผู้ดูแลระบบ (ทดสอบ)", provinceCode, null, OpsRoles.Admin);

    /// <summary>A data steward named "test", for imports whose run records who started them.</summary>
    public static Actor Steward(string provinceCode = "19") => Actor.Staff("test", "test", provinceCode, null, OpsRoles.DataSteward);
}
