namespace BranchBot.WebConsole.Access;

/// <summary>
/// Which branch a console request is for: the viewer's own (<see cref="HomeBranchId"/>) or, for a 党委 role holder
/// who chose it in the switcher, a branch under their units, which they may only read.
/// </summary>
/// <param name="Chosen">The branch was picked with <c>b=</c> (or is remembered from that), not just the viewer's own.</param>
public sealed record ConsoleBranchView(string HomeBranchId, string BranchId, bool Chosen)
{
    public bool IsOtherBranch => !string.Equals(HomeBranchId, BranchId, StringComparison.Ordinal);
}
