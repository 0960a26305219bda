using BranchBot.Dialogs.Intents;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Intents;

/// <summary>How the intent layer reads a line the 书记 of <see cref="IntentBranch"/> types, and what a reading must carry.</summary>
internal static class SecretaryReadings
{
    /// <summary>The surest reading of <paramref name="line"/>; null when no rule reads it.</summary>
    public static async Task<IntentMatch?> ReadAsync(string line)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        var readings = await bot.Services.GetRequiredService<IntentRecognizer>().RecognizeAsync(
            bot.Services.GetRequiredService<IntentInputReader>().Read(line, await branch.SecretarySenderAsync()),
            CancellationToken.None);
        return readings.Count == 0 ? null : readings[0];
    }

    /// <summary>Asserts that <paramref name="reading"/> is <paramref name="expected"/>, "命令|槽=值|…": the command and each slot named.</summary>
    public static void AssertCarries(string line, IntentMatch reading, string expected)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(expected);
        var parts = expected.Split('|');
        Assert.Equal(parts[0], reading.Command);
        foreach (var slot in parts.Skip(1).Select(p => p.Split('=')))
        {
            Assert.True(reading.Slots.TryGetValue(slot[0], out var value), $"{line}: no {slot[0]}");
            Assert.Equal(slot[1], value);
        }
    }
}
