using Microsoft.Extensions.Options;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Features.Operations;

namespace OpsCenter.Tests.Web.Operations;

public sealed class LastGoodAnswersTests
{
    private readonly ManualClock _clock = TestClock.Manual();

    private LastGoodAnswers Answers(long bytes) => new(Options.Create(new OperationsOptions { LastGoodAnswerBytes = bytes, LastGoodAnswerMaxAge = TimeSpan.FromHours(1) }), _clock);

    [Fact]
    public void Keep_StaysWithinItsByteBudget_DroppingTheLeastRecentlyUsedFirst()
    {
        var answers = Answers(8_000);

        answers.Keep("a", new byte[1000], "application/json");
        answers.Keep("b", new byte[1000], "application/json");
        Assert.NotNull(answers.Find("a"));
        for (var i = 0; i < 7; i++)
        {
            answers.Keep($"c{i}", new byte[1000], "application/json");
        }

        Assert.True(answers.Bytes <= 8_000, $"{answers.Bytes} bytes kept");
        Assert.NotNull(answers.Find("a"));
        Assert.Null(answers.Find("b"));
    }

    [Fact]
    public void Keep_RefusesAnAnswerLargerThanAnEighthOfTheBudget_AndFindForgetsWhatIsTooOld()
    {
        var answers = Answers(8_000);

        answers.Keep("big", new byte[1001], "application/json");
        answers.Keep("small", [1, 2, 3], "application/xml");
        _clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal("application/xml", answers.Find("small")!.ContentType);
        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Null(answers.Find("big"));
        Assert.Null(answers.Find("small"));
        Assert.Equal(0, answers.Bytes);
    }

    [Fact]
    public async Task CopyingStream_PassesEveryByteOn_AndDropsItsCopyPastTheLimit()
    {
        using var target = new MemoryStream();
        await using var small = new CopyingStream(target, 10);
        await small.WriteAsync(new byte[] { 1, 2, 3 });
        Assert.Equal([1, 2, 3], small.Copy);

        await small.WriteAsync(new byte[20]);
        Assert.Null(small.Copy);
        Assert.Equal(23, target.Length);
    }
}
