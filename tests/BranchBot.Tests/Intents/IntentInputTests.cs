using BranchBot.Dialogs.Intents;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Intents;

/// <summary>The roster and the meetings ahead are read only when a rule needs them, and at most once a message.</summary>
public class IntentInputTests
{
    [Theory]
    [InlineData("签到")]
    [InlineData("近期安排")]
    [InlineData("台账 2026")]
    [InlineData("党员大会多久开一次")]
    [InlineData("通知大家明天交党费")]
    public async Task Typed_commands_and_sentences_naming_no_one_touch_no_store(string text)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        var (input, reads) = await CountingInputAsync(bot, branch, text);

        await bot.Services.GetRequiredService<IntentRecognizer>().RecognizeAsync(input, CancellationToken.None);

        Assert.Equal(0, reads.Names);
        Assert.Equal(0, reads.Meetings);
    }

    [Fact]
    public async Task A_sentence_naming_a_member_and_a_meeting_reads_each_once()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        var (input, reads) = await CountingInputAsync(bot, branch, "把陈静设为支委");

        var readings = await bot.Services.GetRequiredService<IntentRecognizer>().RecognizeAsync(input, CancellationToken.None);

        Assert.Equal("设置角色 陈静 支委", readings[0].CommandLine);
        Assert.Equal(1, reads.Names);
        Assert.Equal(0, reads.Meetings);
    }

    private static async Task<(IntentInput Input, Reads Reads)> CountingInputAsync(BotHarness bot, IntentBranch branch, string text)
    {
        var sender = await branch.SecretarySenderAsync();
        var real = bot.Services.GetRequiredService<IntentInputReader>().Read(text, sender);
        var reads = new Reads();
        var input = new IntentInput(
            text,
            real.Now,
            real.Zone,
            sender,
            async ct => { reads.Names++; return await real.MemberNamesAsync(ct); },
            async ct => { reads.Meetings++; return await real.UpcomingAsync(ct); });
        return (input, reads);
    }

    private sealed class Reads
    {
        public int Names { get; set; }

        public int Meetings { get; set; }
    }
}
