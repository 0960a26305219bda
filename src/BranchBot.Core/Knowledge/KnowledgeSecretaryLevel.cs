namespace BranchBot.Core.Knowledge;

/// <summary>
/// Whose secretary a text means, read before normalising: normalising folds 支部书记 and 支书 into 书记 (entries and
/// members use them alike), which leaves "支部书记一年讲几次党课" looking like a question about any secretary. A question
/// naming the branch's own secretary is not answered by an entry about a Party committee's (党委书记, 党组书记): what the
/// regulation asks of the one says nothing about the other.
/// </summary>
internal static class KnowledgeSecretaryLevel
{
    // A member saying he is (or has become) the secretary in a branch's chat means the branch's.
    private static readonly string[] BranchSecretary = ["支部书记", "支书", "我是书记", "我当书记", "当了书记", "当上书记"];

    private static readonly string[] CommitteeSecretary = ["党委书记", "党组书记", "党委（党组）书记", "党委(党组)书记"];

    /// <summary>Whether the text names the branch's secretary and no committee's.</summary>
    public static bool NamesBranchSecretary(string text) => Names(text, BranchSecretary) && !Names(text, CommitteeSecretary);

    /// <summary>Whether the text names a Party committee's (or leading group's) secretary.</summary>
    public static bool NamesCommitteeSecretary(string text) => Names(text, CommitteeSecretary);

    private static bool Names(string text, string[] words)
    {
        ArgumentNullException.ThrowIfNull(text);
        return words.Any(word => text.Contains(word, StringComparison.Ordinal));
    }
}
