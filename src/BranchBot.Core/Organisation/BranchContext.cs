namespace BranchBot.Core.Organisation;

/// <summary>
/// The branch a store serves: the branch-owned stores stamp its id on every document they write and read only
/// documents carrying it. One per container while the organisation has one branch.
/// </summary>
public sealed class BranchContext(string id)
{
    public string Id { get; } = string.IsNullOrWhiteSpace(id) ? throw new ArgumentException("A branch id is required.", nameof(id)) : id;

    public override string ToString() => Id;
}
