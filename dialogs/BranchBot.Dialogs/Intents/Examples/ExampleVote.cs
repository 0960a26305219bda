namespace BranchBot.Dialogs.Intents.Examples;

/// <summary>
/// What the nearest examples of a sentence say: each label's share of their similarity-weighted votes (summing to 1),
/// the label with the largest share, and how like the sentence the nearest example is (cosine, 0..1).
/// </summary>
public sealed record ExampleVote(IReadOnlyDictionary<string, double> Shares, double Nearest)
{
    public static readonly ExampleVote Empty = new(new Dictionary<string, double>(), 0);

    public string? Top => Shares.Count == 0 ? null : Shares.MaxBy(share => share.Value).Key;

    public double ShareOf(string label) => Shares.TryGetValue(label, out var share) ? share : 0;
}
