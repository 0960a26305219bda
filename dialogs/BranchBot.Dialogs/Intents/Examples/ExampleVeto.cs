namespace BranchBot.Dialogs.Intents.Examples;

/// <summary>
/// The example bank's veto on a sure reading that writes: when the rules read a command that writes (at once or after
/// its preview) at or above <see cref="IntentRecognizer.RunThreshold"/> from a free sentence (not a typed command), and
/// the bank's naive Bayes vote is sure (at least <see cref="TopAtLeast"/>) that the sentence is a question back or nothing,
/// gives the command less than <see cref="VetoBelow"/>, and has seen a sentence like it (nearest cosine at least
/// <see cref="NearestAtLeast"/>), the reading is only likely: the member is asked "你是想…吗？" with the rules' command as
/// the button, and nothing runs. The bank never makes a reading surer and never runs a command of its own. The rule was
/// chosen on the leave-one-file-out measure (IntentExampleBankEvaluationTests; docs/benchmarks.md).
/// </summary>
public static class ExampleVeto
{
    /// <summary>Add-α smoothing of the naive Bayes vote (<see cref="IntentExampleBank.Bayes"/>).</summary>
    public const double Smoothing = 0.05;

    /// <summary>The reading's command holds less than this share of the vote.</summary>
    public const double VetoBelow = 0.2;

    /// <summary>The label on top holds at least this share.</summary>
    public const double TopAtLeast = 0.9;

    /// <summary>The nearest example is at least this alike (TF-IDF cosine): the bank has seen sentences like it.</summary>
    public const double NearestAtLeast = 0.4;

    /// <summary>The label on top is a question back or nothing: the bank only says "this is no request", never "it is that other command".</summary>
    public const bool OnlyAskOrNone = true;

    /// <summary>What the bank's examples say of a cleaned sentence, as the veto asks it.</summary>
    public static ExampleVote Vote(IntentExampleBank bank, string clean)
    {
        ArgumentNullException.ThrowIfNull(bank);
        return bank.Bayes(clean, Smoothing);
    }

    /// <summary>Whether the vote doubts the reading by the veto's rule.</summary>
    public static bool Doubts(IntentMatch reading, ExampleVote vote) => Doubts(reading, vote, VetoBelow, TopAtLeast, NearestAtLeast, OnlyAskOrNone);

    /// <summary>The readings with the first one only likely when the bank doubts it; otherwise as they were.</summary>
    public static IReadOnlyList<IntentMatch> Review(IReadOnlyList<IntentMatch> readings, string clean, IntentExampleBank bank)
    {
        ArgumentNullException.ThrowIfNull(readings);
        ArgumentNullException.ThrowIfNull(bank);
        if (readings is not [{ } best, ..] || !Applies(best))
        {
            return readings;
        }

        return Doubts(best, Vote(bank, clean))
            ? [best with { Confidence = WriteGuard.InDoubt }, .. readings.Skip(1)]
            : readings;
    }

    /// <summary>A sure reading of a free sentence that would write; a typed command is left to its own dialog.</summary>
    public static bool Applies(IntentMatch reading) =>
        reading is { Confidence: >= IntentRecognizer.RunThreshold, Effect: not IntentEffect.Read, Typed: false };

    /// <summary>Whether the examples' votes put the reading's command below <paramref name="below"/> and another label on top.</summary>
    public static bool Doubts(IntentMatch reading, ExampleVote vote, double below) => Doubts(reading, vote, below, 0, 0, false);

    /// <summary>
    /// Also asking the top label to hold at least <paramref name="topAtLeast"/> of the votes, the nearest example to be at
    /// least <paramref name="nearestAtLeast"/> alike, and, with <paramref name="onlyAskOrNone"/>, the top label to be a
    /// question back or nothing.
    /// </summary>
    public static bool Doubts(IntentMatch reading, ExampleVote vote, double below, double topAtLeast, double nearestAtLeast, bool onlyAskOrNone)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(vote);
        return vote.Top is { } top && top != reading.Command && vote.ShareOf(reading.Command) < below && vote.ShareOf(top) >= topAtLeast
            && vote.Nearest >= nearestAtLeast && (!onlyAskOrNone || top is IntentExampleBank.Ask or IntentExampleBank.None);
    }
}
