using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;

namespace OpsCenter.Tests.Infrastructure;

/// <summary>An administrator of a province, for tests that set things up through the services as an admin would.</summary>
public static class TestAdmins
{
    public static Actor Of(string provinceCode) => Actor.Staff("admin-test", "ผู้ดูแลระบบ (ทดสอบ)", provinceCode, null, OpsRoles.Admin);
}
