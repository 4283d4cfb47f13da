using System.Text.Json.Nodes;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Interop;
using OpsCenter.Domain.Security;

namespace OpsCenter.Tests.Domain.Catalog;

/// <summary>package_search's Solr syntax and paging, as harvesters and portals send it, without HTTP or a database.</summary>
public sealed class CkanSearchTests
{
    private static readonly DateTime Now = new(2026, 12, 5, 3, 0, 0, DateTimeKind.Utc);

    private static readonly Agency[] Agencies =
    [
        new() { Id = 1, Code = "SRB-AGR", ProvinceCode = "19", NameTh = "เกษตรจังหวัด", NameEn = "Agriculture" },
        new() { Id = 2, Code = "SRB-NRE", ProvinceCode = "19", NameTh = "ทรัพยากรธรรมชาติ", NameEn = "NRE" },
        new() { Id = 3, Code = "SRB-PHO", ProvinceCode = "19", NameTh = "สาธารณสุขจังหวัด", NameEn = "Health" },
    ];

    /// <summary>Package i belongs to agency i % 3 and was last modified i hours before <see cref="Now"/>.</summary>
    private static List<JsonObject> Packages(int count) => Enumerable.Range(0, count).Select(i =>
    {
        var owner = Agencies[i % 3];
        var modified = Now.AddHours(-i);
        return CkanPackages.Package(new CatalogEntry(new Dataset
        {
            Id = i + 1, ProvinceCode = "19", Slug = $"ds-{i:D4}", TitleTh = i % 2 == 0 ? $"ปริมาณขยะ {i}" : $"ค่าฝุ่น {i}", OwnerAgencyId = owner.Id,
            FrequencyUnit = FrequencyUnit.Month, Classification = DataClassification.Public, Tags = i % 2 == 0 ? "ขยะ" : "ฝุ่น,อากาศ",
            LastDataUpdateAt = modified, CreatedAt = modified.AddYears(-1), MetadataModifiedAt = modified,
        }, owner, []), "https://x", Now);
    }).ToList();

    private static CkanSearchResult Search(IEnumerable<JsonObject> packages, string? q = null, string? fq = null, int rows = 1000, int start = 0, string? sort = null) =>
        CkanSearch.Search(packages, new CkanSearchQuery(q, fq, rows, start, sort) { Now = Now });

    private static string Org(JsonObject p) => p["organization"]!["name"]!.GetValue<string>();

    [Fact]
    public void HarvesterPaging_SortIdAsc_GetsEveryPackageOnce()
    {
        var packages = Packages(250);
        var seen = new List<string>();
        for (var start = 0; ; start += 100)
        {
            var page = Search(packages, rows: 100, start: start, sort: "id asc").Results;
            if (page.Count == 0)
            {
                break;
            }

            seen.AddRange(page.Select(p => p["id"]!.GetValue<string>()));
        }

        Assert.Equal(250, seen.Count);
        Assert.Equal(250, seen.Distinct().Count());
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public void Rows_AreCutToCkansMaximum_AndPagingPastTheEndIsEmpty()
    {
        var packages = Packages(1200);
        Assert.Equal(CkanSearch.MaxRows, Search(packages, rows: 5000).Results.Count);
        Assert.Empty(Search(packages, rows: 100, start: 1200).Results);
        Assert.Equal(1200, Search(packages, rows: 100, start: 1200).Count);
    }

    [Fact]
    public void ExcludeFilter_LeavesTheOrganizationOut()
    {
        var result = Search(Packages(30), fq: "-organization:srb-agr");
        Assert.Equal(20, result.Count);
        Assert.DoesNotContain(result.Results, p => Org(p) == "srb-agr");

        var two = Search(Packages(30), fq: "-organization:srb-agr -organization:srb-nre");
        Assert.All(two.Results, p => Assert.Equal("srb-pho", Org(p)));
    }

    [Fact]
    public void IncludeFilter_OrJoinsOrganizations_AndTheSinceRangeStillApplies()
    {
        var packages = Packages(30);
        Assert.Equal(20, Search(packages, fq: "organization:srb-agr OR organization:srb-nre").Count);

        var since = Now.AddHours(-9.5);
        var fq = $"organization:srb-agr OR organization:srb-nre metadata_modified:[{since:yyyy-MM-dd'T'HH:mm:ss.ffffff}Z TO *]";
        var changed = Search(packages, fq: fq).Results.Select(p => p["name"]!.GetValue<string>()).Order().ToList();
        Assert.Equal(["ds-0000", "ds-0001", "ds-0003", "ds-0004", "ds-0006", "ds-0007", "ds-0009"], changed);
    }

    [Theory]
    [InlineData("metadata_modified:[2026-12-05T00:00:00Z TO *]", 4)]
    [InlineData("metadata_modified:[* TO 2026-12-05T00:00:00Z}", 26)]
    [InlineData("metadata_modified:[NOW-1DAY TO NOW]", 25)]
    [InlineData("metadata_modified:[NOW/DAY TO *]", 4)]
    [InlineData("metadata_created:[* TO NOW-1YEAR]", 30)]
    [InlineData("metadata_modified:{NOW-2HOURS TO NOW]", 2)]
    public void DateRanges_TakeInstantsAndNowMath(string fq, int expected) => Assert.Equal(expected, Search(Packages(30), fq: fq).Count);

    [Theory]
    [InlineData("ขยะ", null, 15)]
    [InlineData("\"ปริมาณขยะ 1\"", null, 5)]
    [InlineData("ขยะ OR ฝุ่น", null, 30)]
    [InlineData("*:*", "tags:อากาศ AND organization:srb-agr", 5)]
    [InlineData("*:*", "+tags:ฝุ่น -organization:(srb-agr OR srb-nre)", 5)]
    [InlineData("name:ds-001*", null, 10)]
    [InlineData("NOT ขยะ", null, 15)]
    [InlineData("title:ฝุ่น", null, 15)]
    [InlineData(null, "organization:\"srb-pho\"", 10)]
    public void Queries_FollowSolrSyntax(string? q, string? fq, int expected) => Assert.Equal(expected, Search(Packages(30), q, fq).Count);

    [Fact]
    public void Sort_TakesSeveralKeys()
    {
        var names = Search(Packages(6), sort: "title_string desc, metadata_modified asc").Results.Select(p => p["name"]!.GetValue<string>());
        Assert.Equal(["ds-0004", "ds-0002", "ds-0000", "ds-0005", "ds-0003", "ds-0001"], names);
        Assert.Null(CkanSearch.SortProblem("id asc, name desc, metadata_created asc, score desc"));
        Assert.NotNull(CkanSearch.SortProblem("id sideways"));
    }

    [Fact]
    public void Facets_HonourFieldsLimitAndMinCount()
    {
        var query = new CkanSearchQuery(null, null, 0, 0, null) { Now = Now, FacetFields = ["organization", "tags"], FacetLimit = 2, FacetMinCount = 11 };
        var result = CkanSearch.Search(Packages(30), query);
        Assert.Empty(result.Results);
        Assert.Empty(result.Facets["organization"]!.AsObject());
        Assert.Equal(15, result.Facets["tags"]!["ขยะ"]!.GetValue<int>());
        Assert.Equal(2, result.SearchFacets["tags"]!["items"]!.AsArray().Count);

        var all = CkanSearch.Search(Packages(30), query with { FacetLimit = -1, FacetMinCount = 1 });
        Assert.Equal(3, all.Facets["organization"]!.AsObject().Count);
        Assert.Equal("เกษตรจังหวัด", all.SearchFacets["organization"]!["items"]!.AsArray().Single(i => i!["name"]!.GetValue<string>() == "srb-agr")!["display_name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("organization:")]
    [InlineData("\"unterminated")]
    [InlineData("metadata_modified:[2026 TO")]
    [InlineData("metadata_modified:[yesterday TO *]")]
    [InlineData("(a OR b")]
    [InlineData("a OR")]
    public void MalformedExpressions_AreRefused(string fq) =>
        Assert.Throws<CkanQueryException>(() => Search(Packages(3), fq: fq));

    [Fact]
    public void HostileExpressions_StopAtTheCaps_InLinearTime()
    {
        var deep = new string('(', 8000) + "a" + new string(')', 8000);
        Assert.Contains("Nested", Assert.Throws<CkanQueryException>(() => CkanQueryParser.Parse(deep)).Message, StringComparison.Ordinal);

        var wide = string.Join(" OR ", Enumerable.Repeat("a", 2000));
        Assert.Contains("Too many clauses", Assert.Throws<CkanQueryException>(() => CkanQueryParser.Parse(wide)).Message, StringComparison.Ordinal);

        var letters = new string('a', CkanSearch.MaxExpressionLength);
        Assert.IsType<CkanTerm>(CkanQueryParser.Parse(letters));

        var colons = string.Concat(Enumerable.Repeat("ab-:", 250_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.IsType<CkanTerm>(CkanQueryParser.Parse(colons));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"a megabyte of colons took {watch.Elapsed}");
    }

    [Fact]
    public void HarvesterFilter_ParsesAsOrGroupAndRange()
    {
        var clause = CkanQueryParser.Parse("organization:a OR organization:b metadata_modified:[2026-12-01T00:00:00.123456Z TO *]");
        var all = Assert.IsType<CkanAll>(clause);
        Assert.Equal(new CkanTerm("organization", "b", false), Assert.IsType<CkanAny>(all.Clauses[0]).Clauses[1]);
        Assert.Equal(new CkanRange("metadata_modified", "2026-12-01T00:00:00.123456Z", null, true, true), all.Clauses[1]);
    }

    [Theory]
    [InlineData("NOW", "2026-12-05T03:00:00")]
    [InlineData("NOW-1DAY", "2026-12-04T03:00:00")]
    [InlineData("NOW/DAY", "2026-12-05T00:00:00")]
    [InlineData("NOW-1MONTH/MONTH", "2026-11-01T00:00:00")]
    [InlineData("2026-12-01T00:00:00Z+6HOURS", "2026-12-01T06:00:00")]
    [InlineData("2026-12-01T10:20:30.5Z/HOUR", "2026-12-01T10:00:00")]
    public void SolrDates_ApplyDateMath(string text, string expected) =>
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), CkanDates.Parse(text, Now));
}
