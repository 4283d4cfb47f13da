using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Persistence.Demo;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Import;
using OpsCenter.Domain.Reports.Sla;
using OpsCenter.Domain.Wall;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Reports;

namespace OpsCenter.Tests.Persistence.Reports;

/// <summary>Real Traffy exports into an installation of Saraburi and Pathum Thani: only rows of those provinces get in.</summary>
public sealed class RealPlacesImportTests(TwoProvinceReportApps apps) : IClassFixture<TwoProvinceReportApps>
{
    private static readonly IReadOnlyDictionary<string, string> ProvinceKeys = PlaceNames.ProvinceKeys(ProvinceOutlines.Shipped.All);

    public static TheoryData<string, DatabaseProvider> FilesAndProviders => new()
    {
        { TraffyFiles.Canonical, DatabaseProvider.Sqlite },
        { TraffyFiles.WithDurations, DatabaseProvider.Sqlite },
        { TraffyFiles.Canonical, DatabaseProvider.Postgres },
        { TraffyFiles.WithDurations, DatabaseProvider.Postgres },
    };

    [SharedDataTheory]
    [MemberData(nameof(FilesAndProviders))]
    public async Task RealExport_AcceptedPerProvinceEqualsRowsNamingIt_AndTheSecondRunChangesNothing(string file, DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var importer = app.Services.GetRequiredService<ReportImporter>();
        var named = RowsByNamedProvince(SharedData.PathOf(file));
        var before = await TraffyCountAsync(app);

        var first = await ImportAsync(importer, SharedData.PathOf(file));
        var afterFirst = await TraffyCountAsync(app);
        var second = await ImportAsync(importer, SharedData.PathOf(file));

        foreach (var province in new[] { "19", "13" })
        {
            Assert.Equal(named.GetValueOrDefault(province), first.AcceptedByProvince.GetValueOrDefault(province));
        }

        Assert.Equal(first.Rows, first.Accepted + first.Updated + first.Unchanged + first.RejectedCount);
        Assert.Equal(afterFirst - before, first.Accepted);
        Assert.Equal(first.Rejections.Count, first.RejectedCount);
        Assert.True(first.OutsideProvinceByName.GetValueOrDefault("กรุงเทพมหานคร") >= named.GetValueOrDefault("10") - 20,
            $"Bangkok rows counted under Bangkok: {first.OutsideProvinceByName.GetValueOrDefault("กรุงเทพมหานคร")} of {named.GetValueOrDefault("10")}");
        Assert.Equal((0, 0), (second.Accepted, second.Updated));
        Assert.Equal(afterFirst, await TraffyCountAsync(app));
        Assert.Equal(first.RejectedCount, second.RejectedCount);
    }

    [SharedDataTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RelocatedRows_OwnProvinceDisagreeing_AreRejectedNamingBoth_OwnDistrictDisagreeing_AreFlagged(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var importer = app.Services.GetRequiredService<ReportImporter>();
        var facts = ProvinceFacts.Load("19");
        var districts = facts.Districts.ToList();
        var (path, wrongProvince, wrongDistrict) = Rewrite(TraffyFiles.Relocated(TraffyFiles.Canonical, keepOutsideEvery: 1_000_000), (fields, index, row) =>
        {
            if (fields[index["ticket_id"]].Trim().Length == 0)
            {
                return 0;
            }

            if (row % 7 == 0)
            {
                fields[index["province"]] = "ปทุมธานี";
                return 1;
            }

            if (row % 11 == 0)
            {
                var own = fields[index["district"]];
                fields[index["district"]] = "อำเภอ" + districts.First(d => d.NameTh != own).NameTh;
                return 2;
            }

            return 0;
        });

        var result = await ImportAsync(importer, path);

        var mismatches = result.Rejections.Where(r => r.Reason.Contains("แถวนี้ระบุจังหวัดปทุมธานี", StringComparison.Ordinal)).ToList();
        Assert.Equal(wrongProvince.Count, mismatches.Count);
        Assert.All(mismatches, r => Assert.Contains("แต่พิกัดอยู่ในจังหวัดสระบุรี", r.Reason, StringComparison.Ordinal));
        Assert.DoesNotContain(result.AcceptedByProvince.Keys, k => k != "19");
        Assert.Superset(wrongDistrict.ToHashSet(), result.Flags.Select(f => f.ExternalId!).ToHashSet());
        Assert.True(result.Flags.Count >= wrongDistrict.Count, $"{result.Flags.Count} flagged, {wrongDistrict.Count} rows name another district");
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var flagged = await db.Set<CitizenReport>()
            .Where(r => r.Channel == ReportChannel.Traffy && wrongDistrict.Contains(r.ExternalId!))
            .Select(r => r.LocationDisagreement).ToListAsync();
        Assert.Equal(wrongDistrict.Count, flagged.Count);
        Assert.All(flagged, note => Assert.Contains("Location disagrees with the row's own address", note, StringComparison.Ordinal));
        Assert.False(await db.Set<CitizenReport>().AnyAsync(r => r.Channel == ReportChannel.Traffy && wrongProvince.Contains(r.ExternalId!)));
        var run = await db.Set<ReportImportRun>().SingleAsync(r => r.Id == result.RunId);
        Assert.Equal((result.RejectedCount, result.Flags.Count), (ImportAccount.FromJson(run.RejectionsJson).Count(l => l.Outcome == ImportAccount.Rejected), run.Flagged));

        // The steward reviews them and settles them in bulk; the areas the point gave stay, the flag goes, a note remains.
        var review = app.Services.GetRequiredService<LocationReview>();
        var steward = new Actor(ActorKind.Staff, "steward-test", "ผู้ดูแลข้อมูล", "19", null, new HashSet<string> { OpsRoles.DataSteward });
        var official = steward with { Roles = new HashSet<string> { OpsRoles.Official } };
        var (pending, total) = await review.PendingAsync(steward);
        var mine = pending.Where(p => wrongDistrict.Contains(p.ExternalId!)).Select(p => p.Id).ToList();
        Assert.True(total >= wrongDistrict.Count);
        Assert.NotEmpty(mine);
        Assert.Equal(0, await review.SettleAsync(mine, official));
        Assert.Equal(mine.Count, await review.SettleAsync(mine, steward));
        Assert.False(await db.Set<CitizenReport>().AnyAsync(r => mine.Contains(r.Id) && r.LocationDisagreement != null));
        Assert.Equal(mine.Count, await db.Set<ReportTimelineEntry>().CountAsync(t => mine.Contains(t.ReportId) && t.Kind == TimelineKind.Note && !t.IsPublic));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FiveThousandOldOpenTickets_RaiseOneBacklogEventPerDistrict_AndTheSweepEscalatesNone(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var events = new List<OpsEvent>();
        using var subscription = app.Services.GetRequiredService<IOpsEventBus>().Subscribe((e, _) =>
        {
            lock (events)
            {
                events.Add(e);
            }

            return Task.CompletedTask;
        });
        var wall = app.Services.GetRequiredService<WallQueries>();
        var view = new WallView("19", null, 30);
        var now = TestClock.UtcNow;
        var countersBefore = await wall.CountersAsync(view, now, default);
        var prefix = $"OLD-{provider}-{Guid.NewGuid():N}"[..24];
        var path = OldOpenTickets(5000, prefix, now - TimeSpan.FromDays(400));

        var result = await ImportAsync(app.Services.GetRequiredService<ReportImporter>(), path);
        await app.Services.GetRequiredService<ReportSlaSweeper>().SweepOnceAsync();

        Assert.True((result.Accepted, result.Backlog) == (5000, 5000),
            $"accepted {result.Accepted}, backlog {result.Backlog}: {string.Join("; ", result.Rejections.Take(3).Select(r => r.Reason))}");
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var ids = await db.Set<CitizenReport>().Where(r => r.Channel == ReportChannel.Traffy && r.ExternalId!.StartsWith(prefix))
            .Select(r => new { r.Id, r.DistrictCode, r.EscalationLevel }).ToListAsync();
        Assert.Equal(5000, ids.Count);
        Assert.All(ids, r => Assert.Equal(EscalationLevel.ImportedBacklog, r.EscalationLevel));
        var idSet = ids.Select(r => r.Id).ToHashSet();
        Assert.False(await db.Set<ReportTimelineEntry>().AnyAsync(t => idSet.Contains(t.ReportId) && (t.Kind == TimelineKind.Overdue || t.Kind == TimelineKind.Escalated)));
        var districts = ids.Select(r => r.DistrictCode).Distinct().Count();
        await Domain.Events.OpsEventBusTests.Until(() =>
        {
            lock (events)
            {
                return events.Count(e => e.Kind == ReportEvents.BacklogImported) == districts;
            }
        });
        lock (events)
        {
            var backlog = events.Where(e => e.Kind == ReportEvents.BacklogImported).ToList();
            Assert.Equal(5000, backlog.Sum(e => int.Parse(e.SubjectId.Split('/')[2], CultureInfo.InvariantCulture)));
            Assert.DoesNotContain(events, e => e.Kind is ReportEvents.Overdue or ReportEvents.Escalated && idSet.Contains(long.Parse(e.SubjectId, CultureInfo.InvariantCulture)));
        }

        var countersAfter = await wall.CountersAsync(view, now, default);
        Assert.Equal(countersBefore.Overdue, countersAfter.Overdue);
        Assert.Equal(countersBefore.ImportedBacklog + 5000, countersAfter.ImportedBacklog);
        var ticker = await wall.TickerAsync(view, now, default);
        Assert.Contains(ticker.Items, i => i.BacklogCount > 0 && i.CategoryTh.StartsWith("นำเข้าเรื่องค้างเก่า", StringComparison.Ordinal));
    }

    /// <summary>Rows per province code named by the row's own province column (Thai or English, any prefix).</summary>
    private static Dictionary<string, int> RowsByNamedProvince(string path)
    {
        using var input = File.OpenRead(path);
        using var reader = CsvReader.Create(input, CsvReaderOptions.Default, false);
        var counts = new Dictionary<string, int>();
        while (reader.Read())
        {
            if (reader.GetString("ticket_id").Trim().Length > 0 && PlaceNames.ProvinceCode(reader.GetString("province"), ProvinceKeys) is { } code)
            {
                counts[code] = counts.GetValueOrDefault(code) + 1;
            }
        }

        return counts;
    }

    /// <summary>Copies a Traffy file, letting <paramref name="change"/> edit rows; returns the ids it changed to kind 1 and 2.</summary>
    private static (string Path, List<string> Kind1, List<string> Kind2) Rewrite(string source, Func<string[], Dictionary<string, int>, int, int> change)
    {
        var target = Path.Combine(Path.GetTempPath(), "opscenter-tests", $"traffy-{Guid.NewGuid():N}.csv");
        using var input = File.OpenRead(source);
        using var reader = CsvReader.Create(input, CsvReaderOptions.Default, false);
        using var output = File.Create(target);
        using var writer = CsvWriter.Create(output, CsvWriterOptions.Default with { WriteByteOrderMark = true }, false);
        var headers = reader.Headers.ToArray();
        writer.WriteHeader(headers);
        var index = headers.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i);
        var (kind1, kind2) = (new List<string>(), new List<string>());
        var row = 0;
        while (reader.Read())
        {
            var fields = Enumerable.Range(0, headers.Length).Select(i => reader.GetString(i)).ToArray();
            var kind = change(fields, index, ++row);
            (kind == 1 ? kind1 : kind == 2 ? kind2 : []).Add(fields[index["ticket_id"]].Trim());
            writer.WriteRecord(fields);
        }

        return (target, kind1, kind2);
    }

    /// <summary>Open Traffy-format tickets, received long ago, at Saraburi's subdistrict points.</summary>
    private static string OldOpenTickets(int count, string idPrefix, DateTime received)
    {
        var places = ProvinceFacts.Load("19").Subdistricts.ToList();
        var sb = new StringBuilder("ticket_id,type,organization,comment,coords,photo,photo_after,address,subdistrict,district,province,timestamp,state,star,count_reopen,last_activity\n");
        for (var i = 0; i < count; i++)
        {
            var place = places[i % places.Count];
            var at = received.AddMinutes(i).ToString("yyyy-MM-dd HH:mm:ss.ffffff+00", CultureInfo.InvariantCulture);
            sb.Append(CultureInfo.InvariantCulture, $"{idPrefix}-{i},{{ถนน}},อบต.,\"ถนนชำรุด (เรื่องเก่า {i})\",\"{place.Lon:0.00000},{place.Lat:0.00000}\",,,,,,สระบุรี,{at},รอรับเรื่อง,,,\n");
        }

        var path = Path.Combine(Path.GetTempPath(), "opscenter-tests", $"traffy-old-{Guid.NewGuid():N}.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
        return path;
    }

    private static async Task<int> TraffyCountAsync(OpsAppFactory app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        return await db.Set<CitizenReport>().CountAsync(r => r.Channel == ReportChannel.Traffy);
    }

    private static async Task<ImportResult> ImportAsync(ReportImporter importer, string path)
    {
        await using var file = File.OpenRead(path);
        var result = await importer.ImportAsync(file, ImportSource.Traffy, Path.GetFileName(path), TestAdmins.Steward());
        Assert.Null(result.FatalError);
        return result;
    }
}
