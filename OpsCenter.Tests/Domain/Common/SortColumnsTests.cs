using OpsCenter.Domain.Common;

namespace OpsCenter.Tests.Domain.Common;

/// <summary>A page request names a whitelisted column and a bounded size, or it is refused with the field it got wrong.</summary>
public sealed class SortColumnsTests
{
    private sealed record Row(int Id, string Name);

    private static readonly SortColumns<Row> Columns = SortColumns<Row>.Create(nameof(Row.Name), false, r => r.Id).By(nameof(Row.Name), r => r.Name);

    [Theory]
    [InlineData(0, PageRequest.DefaultSize, null)]
    [InlineData(0, PageRequest.MaxSize, "Name")]
    [InlineData(400, 1, "name")]
    public void Check_AcceptsAWhitelistedColumnAndABoundedPage(int offset, int size, string? sort) =>
        Assert.Null(Columns.Check(new PageRequest(offset, size, sort)));

    [Theory]
    [InlineData(0, 25, "Id; DROP TABLE", "sort")]
    [InlineData(0, PageRequest.MaxSize + 1, null, "size")]
    [InlineData(0, 0, null, "size")]
    [InlineData(-25, 25, null, "offset")]
    public void Check_RefusesAnythingElse_NamingTheField_InThaiAndEnglish(int offset, int size, string? sort, string field)
    {
        var error = Columns.Check(new PageRequest(offset, size, sort));

        Assert.Equal(field, error?.Field);
        Assert.False(string.IsNullOrWhiteSpace(error!.Thai));
        Assert.NotEqual(error.Thai, error.English);
    }

    [Fact]
    public void UnknownSort_ListsTheColumnsThatAreAllowed() =>
        Assert.Contains(nameof(Row.Name), Columns.Check(new PageRequest(Sort: "Salary"))!.English, StringComparison.Ordinal);
}
