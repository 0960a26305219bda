using BranchBot.Core.Organisation.Oversight;

namespace BranchBot.Core.Organisation;

/// <summary>
/// The organisation's open branches by what people type for one: a path below the root (机关党总支/第一党支部), the
/// same path with the root's name before it (机关党委/机关党总支/第一党支部), or a branch's name when no other branch
/// has it.
/// </summary>
public sealed class BranchLookup(IOrganisationStore organisation, OverseenBranches branches)
{
    /// <summary>Every open branch, ordered by id; none before the organisation is set up.</summary>
    public async Task<IReadOnlyList<OverseenBranch>> AllAsync(CancellationToken cancellationToken)
    {
        var root = (await organisation.ListUnitsAsync(cancellationToken)).FirstOrDefault(u => u.IsRoot);
        return root is null ? [] : await branches.UnderAsync([root.Id], cancellationToken);
    }

    public async Task<FoundBranch> FindAsync(string? typed, CancellationToken cancellationToken)
    {
        var text = (typed ?? string.Empty).Trim().Trim('/');
        var root = (await organisation.ListUnitsAsync(cancellationToken)).FirstOrDefault(u => u.IsRoot);
        var all = await AllAsync(cancellationToken);
        var byPath = all.Where(b => b.Path == text || (root?.Name is { } rootName && $"{rootName}/{b.Path}" == text)).ToList();
        var matches = byPath.Count > 0 ? byPath : [.. all.Where(b => b.Name == text)];
        return matches.Count switch
        {
            1 => new FoundBranch.One(matches[0]),
            0 => new FoundBranch.None(text),
            _ => new FoundBranch.Several(text, [.. matches.Select(b => b.Path)]),
        };
    }
}

/// <summary>What a typed branch name or path found.</summary>
public abstract record FoundBranch
{
    public sealed record One(OverseenBranch Branch) : FoundBranch;

    public sealed record None(string Typed) : FoundBranch;

    /// <summary>A name that several branches have; their paths tell them apart.</summary>
    public sealed record Several(string Typed, IReadOnlyList<string> Paths) : FoundBranch;
}
