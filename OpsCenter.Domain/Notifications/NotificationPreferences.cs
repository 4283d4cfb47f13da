using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Notifications;

/// <summary>What a person chose, as the preferences form edits it; quiet hours as Bangkok times, both empty for none.</summary>
public sealed record PreferenceInput(bool Email, bool Line, TimeOnly? QuietFrom, TimeOnly? QuietUntil, NoticeLanguage Language = NoticeLanguage.Thai);

/// <summary>
/// A person's own channels, quiet hours and language: read and saved for the signed-in person only. Their LINE user id is
/// not typed here; it comes from the official account (<see cref="LineAccountLinks"/>).
/// </summary>
public sealed class NotificationPreferences(IDbContextFactory<OpsDbContext> dbFactory)
{
    public async Task<PreferenceInput> MineAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = actor.IsStaff ? await db.Set<NotificationPreferenceRow>().AsNoTracking().FirstOrDefaultAsync(p => p.UserId == actor.UserId, ct) : null;
        if (row is null)
        {
            return new PreferenceInput(Email: true, Line: false, null, null);
        }

        var quiet = row.ToPreference().Quiet;
        return new PreferenceInput(row.Email, row.Line, quiet.IsEmpty ? null : quiet.Start, quiet.IsEmpty ? null : quiet.End, row.Language);
    }

    public static IReadOnlyList<FieldError> Check(PreferenceInput input)
    {
        var errors = new List<FieldError>();
        if (!Enum.IsDefined(input.Language))
        {
            errors.Add(new FieldError("language", "ภาษาต้องเป็นภาษาไทยหรือภาษาอังกฤษ", "The language is Thai or English"));
        }

        if (input.QuietFrom.HasValue != input.QuietUntil.HasValue)
        {
            errors.Add(new FieldError("quietUntil", "กรุณาระบุทั้งเวลาเริ่มและเวลาสิ้นสุดช่วงงดรบกวน หรือเว้นว่างทั้งสองช่อง", "Give both the start and the end of the quiet hours, or neither"));
        }
        else if (input.QuietFrom is { } from && from == input.QuietUntil)
        {
            errors.Add(new FieldError("quietUntil", "เวลาเริ่มและเวลาสิ้นสุดต้องไม่ตรงกัน", "The quiet hours must not start and end at the same time"));
        }

        return errors;
    }

    public async Task<CommandResult> SaveAsync(Actor actor, PreferenceInput input, CancellationToken ct = default)
    {
        if (!actor.IsStaff || !NotificationPolicy.Rules.Admits(NotificationPolicy.Read, actor))
        {
            return CommandResult.Missing("user", "ไม่พบผู้ใช้", "No such user");
        }

        var errors = Check(input);
        if (errors.Count > 0)
        {
            return new CommandResult(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.Set<NotificationPreferenceRow>().FirstOrDefaultAsync(p => p.UserId == actor.UserId, ct);
        if (input.Line && row?.LineUserId is null)
        {
            return CommandResult.Fail("line", "กรุณาเชื่อมบัญชี LINE กับบัญชีทางการก่อน จึงจะเลือกรับทาง LINE ได้", "Link your LINE account through the official account first");
        }

        if (row is null)
        {
            row = new NotificationPreferenceRow { UserId = actor.UserId };
            db.Add(row);
        }

        row.Email = input.Email;
        row.Line = input.Line;
        row.QuietStartMinute = Minutes(input.QuietFrom);
        row.QuietEndMinute = Minutes(input.QuietUntil);
        row.Language = input.Language;
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok();
    }

    private static int Minutes(TimeOnly? time) => time is { } t ? (t.Hour * 60) + t.Minute : 0;
}
