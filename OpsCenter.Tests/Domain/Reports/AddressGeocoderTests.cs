using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Intake;

namespace OpsCenter.Tests.Domain.Reports;

public sealed class AddressGeocoderTests
{
    private static readonly AreaName[] Saraburi =
    [
        new("1901", "เมืองสระบุรี", "Mueang Saraburi", "19"),
        new("1902", "แก่งคอย", "Kaeng Khoi", "19"),
        new("1905", "หนองแค", "Nong Khae", "19"),
        new("190201", "แก่งคอย", "Kaeng Khoi", "1902"),
        new("190202", "ทับกวาง", "Thap Kwang", "1902"),
        new("190502", "ทับกวาง", "Thap Kwang", "1905"),
        new("190203", "ตาลเดี่ยว", "Tan Diao", "1902"),
    ];

    [Theory]
    [InlineData("หน้าตลาด ต.ตาลเดี่ยว อ.แก่งคอย จ.สระบุรี", "190203")]
    [InlineData("Tan Diao market, Kaeng Khoi", "190203")]
    [InlineData("ตำบลตาลเดี่ยว", "190203")]
    [InlineData("ตลาดแก่งคอย", "1902")]
    [InlineData("ทับกวาง อำเภอแก่งคอย", "190202")]
    [InlineData("amphoe nong khae", "1905")]
    public void Address_NamingTheProvincesPlaces_IsPlaced(string address, string code) =>
        Assert.Equal(code, AddressGeocoder.Locate(address, Saraburi));

    [Theory]
    [InlineData("ทับกวาง")]
    [InlineData("หน้าเซเว่น ปากซอย 5")]
    [InlineData("แก่งคอย หนองแค")]
    [InlineData("")]
    [InlineData(null)]
    public void Address_AmbiguousOrNamingNoPlace_IsNotGuessed(string? address) =>
        Assert.Null(AddressGeocoder.Locate(address, Saraburi));
}
