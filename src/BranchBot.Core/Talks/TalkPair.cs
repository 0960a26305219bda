namespace BranchBot.Core.Talks;

/// <summary>Two members who should talk, in a canonical order (ordinal by id) so a pair has one spelling.</summary>
public sealed record TalkPair
{
    private TalkPair(string firstId, string secondId, TalkPairType type)
    {
        FirstId = firstId;
        SecondId = secondId;
        Type = type;
    }

    public string FirstId { get; }

    public string SecondId { get; }

    public TalkPairType Type { get; }

    public static TalkPair Of(string oneId, string otherId, TalkPairType type)
    {
        ArgumentException.ThrowIfNullOrEmpty(oneId);
        ArgumentException.ThrowIfNullOrEmpty(otherId);
        if (oneId == otherId)
        {
            throw new ArgumentException("A talk needs two different members.", nameof(otherId));
        }

        return string.CompareOrdinal(oneId, otherId) < 0 ? new TalkPair(oneId, otherId, type) : new TalkPair(otherId, oneId, type);
    }

    public bool Involves(string memberId) => FirstId == memberId || SecondId == memberId;

    public string PartnerOf(string memberId) => memberId == FirstId ? SecondId : FirstId;

    /// <summary>A key identifying the two members regardless of order or type.</summary>
    public string Key => KeyOf(FirstId, SecondId);

    public static string KeyOf(string oneId, string otherId) =>
        string.CompareOrdinal(oneId, otherId) < 0 ? $"{oneId}|{otherId}" : $"{otherId}|{oneId}";
}
