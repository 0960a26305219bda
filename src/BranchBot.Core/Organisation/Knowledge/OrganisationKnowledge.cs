using BranchBot.Core.Knowledge;
using BranchBot.Core.Knowledge.Entries;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation.Oversight;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Core.Organisation.Knowledge;

/// <summary>One branch's own stored entry (支部答复), as the 党委 sees it.</summary>
public sealed record BranchKnowledgeEntry(string BranchId, string BranchName, StoredKnowledgeEntry Entry)
{
    public bool Adopted => Entry.Scope == KnowledgeEntryScope.Organisation;
}

public abstract record AdoptionProblem
{
    private AdoptionProblem()
    {
    }

    public sealed record NotAllowed : AdoptionProblem;

    public sealed record QuestionEmpty : AdoptionProblem;

    /// <summary>No overseen branch has its own entry for the question (the files' entries are everyone's already).</summary>
    public sealed record NotFound(string Question) : AdoptionProblem;

    /// <summary>Several branches have one; the 党委 names the branch.</summary>
    public sealed record SeveralBranches(string Question, IReadOnlyList<string> Branches) : AdoptionProblem;

    public sealed record AlreadyAdopted(BranchKnowledgeEntry Entry) : AdoptionProblem;

    public sealed record NotAdopted(BranchKnowledgeEntry Entry) : AdoptionProblem;
}

/// <summary>
/// The knowledge base across the organisation: the files are everyone's; each branch's own entries (支部答复) answer
/// only its members until a 党委 role adopts one (采纳问答), after which every branch is answered from it, while its
/// branch alone still edits it. 取消采纳 gives it back to the branch alone.
/// </summary>
public sealed class OrganisationKnowledge(OversightAccess access, OverseenBranches overseen, IBranchScopes scopes)
{
    /// <summary>Every overseen branch's own entries, by branch path and then age.</summary>
    public async Task<Outcome<IReadOnlyList<BranchKnowledgeEntry>, AdoptionProblem>> ListAsync(Member actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var units = await access.UnitsOverseenByAsync(actor.Id, cancellationToken);
        if (units.Count == 0)
        {
            return new AdoptionProblem.NotAllowed();
        }

        var found = new List<BranchKnowledgeEntry>();
        foreach (var branch in (await overseen.UnderAsync(units, cancellationToken)).OrderBy(b => b.Path, StringComparer.Ordinal))
        {
            var stored = await scopes.For(branch.Id).GetRequiredService<IKnowledgeEntryStore>().ListAsync(cancellationToken);
            found.AddRange(stored.Where(e => e.OwnerBranchId == branch.Id).Select(e => new BranchKnowledgeEntry(branch.Id, branch.Name, e)));
        }

        return Outcome<IReadOnlyList<BranchKnowledgeEntry>, AdoptionProblem>.Ok(found);
    }

    public Task<Outcome<BranchKnowledgeEntry, AdoptionProblem>> AdoptAsync(Member actor, string question, string? branchName, CancellationToken cancellationToken) =>
        SetScopeAsync(actor, question, branchName, KnowledgeEntryScope.Organisation, cancellationToken);

    public Task<Outcome<BranchKnowledgeEntry, AdoptionProblem>> WithdrawAsync(Member actor, string question, string? branchName, CancellationToken cancellationToken) =>
        SetScopeAsync(actor, question, branchName, KnowledgeEntryScope.Branch, cancellationToken);

    private async Task<Outcome<BranchKnowledgeEntry, AdoptionProblem>> SetScopeAsync(
        Member actor, string question, string? branchName, KnowledgeEntryScope scope, CancellationToken cancellationToken)
    {
        var key = KnowledgeEntries.Key(question ?? string.Empty);
        if (key.Length == 0)
        {
            return new AdoptionProblem.QuestionEmpty();
        }

        var listed = await ListAsync(actor, cancellationToken);
        if (!listed.Succeeded)
        {
            return listed.Problem!;
        }

        var matches = listed.Value!.Where(e => e.Entry.QuestionKey == key && (branchName is null || e.BranchName == branchName)).ToList();
        if (matches.Count == 0)
        {
            return new AdoptionProblem.NotFound(question!.Trim());
        }

        if (matches.Count > 1)
        {
            return new AdoptionProblem.SeveralBranches(matches[0].Entry.Question, [.. matches.Select(m => m.BranchName)]);
        }

        var found = matches[0];
        if (found.Entry.Scope == scope)
        {
            return scope == KnowledgeEntryScope.Organisation ? new AdoptionProblem.AlreadyAdopted(found) : new AdoptionProblem.NotAdopted(found);
        }

        var branch = scopes.For(found.BranchId);
        await branch.GetRequiredService<KnowledgeWriteLock>().RunAsync(async () =>
        {
            await branch.GetRequiredService<IKnowledgeEntryStore>().SetScopeAsync(found.Entry.Id, scope, cancellationToken);
            await branch.GetRequiredService<KnowledgeBase>().RefreshAsync(cancellationToken);
            return true;
        }, cancellationToken);
        return Outcome<BranchKnowledgeEntry, AdoptionProblem>.Ok(found with { Entry = found.Entry with { Scope = scope } });
    }
}
