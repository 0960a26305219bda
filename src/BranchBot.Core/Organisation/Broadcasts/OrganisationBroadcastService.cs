using BranchBot.Core.Broadcasts;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation.Oversight;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Core.Organisation.Broadcasts;

/// <summary>
/// 党委广播: a 党委 role (党委书记, 副书记, 组织委员, 党建专员) sends one message to the branches they oversee: to all
/// their members, to their 书记 and 副书记, or to one branch. Each branch gets its own broadcast through its own
/// <see cref="BroadcastService"/> and the same outbox, numbered in the branch and signed by the 党委, so members press
/// 收到 and secretaries 催收 as for any broadcast; the 党委 reads the receipts branch by branch.
/// </summary>
public sealed class OrganisationBroadcastService(
    IOrganisationBroadcastStore store,
    OversightAccess access,
    OverseenBranches overseen,
    IBranchScopes scopes,
    TimeProvider time)
{
    public const string SignaturePrefix = "党委";

    private readonly SemaphoreSlim _numbering = new(1, 1);

    /// <summary>The branches the member oversees, by path; empty for everyone without a 党委 role.</summary>
    public async Task<IReadOnlyList<OverseenBranch>> BranchesOfAsync(Member actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var units = await access.UnitsOverseenByAsync(actor.Id, cancellationToken);
        return units.Count == 0 ? [] : [.. (await overseen.UnderAsync(units, cancellationToken)).OrderBy(b => b.Path, StringComparer.Ordinal)];
    }

    public async Task<Outcome<OrganisationBroadcastPreview, OrganisationBroadcastProblem>> PreviewAsync(
        OrganisationBroadcastDraft draft, Member actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var targets = await TargetsAsync(draft.Audience, actor, cancellationToken);
        if (!targets.Succeeded)
        {
            return targets.Problem!;
        }

        var label = LabelOf(draft.Audience, targets.Value!);
        var branches = new List<OrganisationPreviewBranch>();
        foreach (var branch in targets.Value!)
        {
            var preview = await BroadcastsOf(branch.Id).PreviewForOrganisationAsync(BranchDraft(draft, sourceKey: null), actor.Id, cancellationToken);
            if (!preview.Succeeded)
            {
                return new OrganisationBroadcastProblem.Text(preview.Problem!);
            }

            branches.Add(new OrganisationPreviewBranch(branch.Id, branch.Name, preview.Value!.Recipients.Count, preview.Value.Unreachable.Count));
        }

        return branches.Sum(b => b.Recipients) == 0
            ? new OrganisationBroadcastProblem.NobodyToReach(label)
            : Outcome<OrganisationBroadcastPreview, OrganisationBroadcastProblem>.Ok(new OrganisationBroadcastPreview(label, branches));
    }

    /// <summary>
    /// Numbers and stores the 党委广播, then hands each branch its part. A draft whose source key made one before gets
    /// that one back, so pressing 确认 twice sends once.
    /// </summary>
    public async Task<Outcome<OrganisationBroadcastStatus, OrganisationBroadcastProblem>> SendAsync(
        OrganisationBroadcastDraft draft, Member actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        if (draft.SourceKey is { } key && await store.FindBySourceKeyAsync(key, cancellationToken) is { } made)
        {
            return Outcome<OrganisationBroadcastStatus, OrganisationBroadcastProblem>.Ok(await StatusOfAsync(made, cancellationToken));
        }

        var preview = await PreviewAsync(draft, actor, cancellationToken);
        if (!preview.Succeeded)
        {
            return preview.Problem!;
        }

        OrganisationBroadcast broadcast;
        await _numbering.WaitAsync(cancellationToken);
        try
        {
            if (draft.SourceKey is { } again && await store.FindBySourceKeyAsync(again, cancellationToken) is { } racing)
            {
                return Outcome<OrganisationBroadcastStatus, OrganisationBroadcastProblem>.Ok(await StatusOfAsync(racing, cancellationToken));
            }

            broadcast = new OrganisationBroadcast
            {
                Number = await store.LastNumberAsync(cancellationToken) + 1,
                Text = draft.Text.Trim(),
                Audience = draft.Audience,
                AudienceLabel = preview.Value!.AudienceLabel,
                RequiresAcknowledgement = draft.RequiresAcknowledgement,
                AuthorId = actor.Id,
                SignedAs = $"{SignaturePrefix} {actor.Name}",
                BranchIds = [.. preview.Value.Branches.Select(b => b.BranchId)],
                CreatedAt = time.GetUtcNow(),
                SourceKey = draft.SourceKey,
            };
            await store.SaveAsync(broadcast, cancellationToken);
        }
        finally
        {
            _numbering.Release();
        }

        broadcast = await FanOutAsync(broadcast, cancellationToken);
        return Outcome<OrganisationBroadcastStatus, OrganisationBroadcastProblem>.Ok(await StatusOfAsync(broadcast, cancellationToken));
    }

    /// <summary>Finishes every fan-out the process stopped in the middle of (run at start-up); each branch's part is made once.</summary>
    public async Task<int> ResumeIncompleteAsync(CancellationToken cancellationToken)
    {
        var resumed = 0;
        foreach (var broadcast in await store.ListIncompleteAsync(cancellationToken))
        {
            await FanOutAsync(broadcast, cancellationToken);
            resumed++;
        }

        return resumed;
    }

    /// <summary>The latest 党委广播 with their sums, newest first: for holders of a 党委 role only.</summary>
    public async Task<Outcome<IReadOnlyList<OrganisationBroadcastStatus>, OrganisationBroadcastProblem>> ListAsync(
        Member actor, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if ((await access.UnitsOverseenByAsync(actor.Id, cancellationToken)).Count == 0)
        {
            return new OrganisationBroadcastProblem.NotAllowed();
        }

        var list = new List<OrganisationBroadcastStatus>();
        foreach (var broadcast in await store.ListRecentAsync(max, cancellationToken))
        {
            list.Add(await StatusOfAsync(broadcast, cancellationToken));
        }

        return Outcome<IReadOnlyList<OrganisationBroadcastStatus>, OrganisationBroadcastProblem>.Ok(list);
    }

    /// <summary>One 党委广播, branch by branch.</summary>
    public async Task<Outcome<OrganisationBroadcastStatus, OrganisationBroadcastProblem>> GetAsync(
        Member actor, int number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if ((await access.UnitsOverseenByAsync(actor.Id, cancellationToken)).Count == 0)
        {
            return new OrganisationBroadcastProblem.NotAllowed();
        }

        var broadcast = await store.GetAsync(number, cancellationToken);
        return broadcast is null
            ? new OrganisationBroadcastProblem.NotFound(number)
            : Outcome<OrganisationBroadcastStatus, OrganisationBroadcastProblem>.Ok(await StatusOfAsync(broadcast, cancellationToken));
    }

    private async Task<OrganisationBroadcast> FanOutAsync(OrganisationBroadcast broadcast, CancellationToken cancellationToken)
    {
        var names = (await overseen.UnderAsync(broadcast.BranchIds, cancellationToken))
            .ToDictionary(b => b.Id, b => b.Name, StringComparer.Ordinal);
        var parts = new List<OrganisationBroadcastPart>();
        foreach (var branchId in broadcast.BranchIds)
        {
            var name = names.GetValueOrDefault(branchId) ?? OverseenBranches.UnnamedBranch;
            if (!names.ContainsKey(branchId))
            {
                // Closed since the broadcast was stored.
                parts.Add(new OrganisationBroadcastPart(branchId, name, null, "支部已撤销"));
                continue;
            }

            var draft = new OrganisationBroadcastDraft(broadcast.Text, broadcast.Audience, broadcast.RequiresAcknowledgement);
            var sent = await BroadcastsOf(branchId).SendForOrganisationAsync(
                BranchDraft(draft, broadcast.PartSourceKey(branchId)), broadcast.AuthorId, broadcast.SignedAs, broadcast.Number, cancellationToken);
            parts.Add(sent.Succeeded
                ? new OrganisationBroadcastPart(branchId, name, sent.Value!.Broadcast.Number)
                : new OrganisationBroadcastPart(branchId, name, null, sent.Problem is BroadcastProblem.EmptyAudience ? "没有可发送的人" : "未能发出"));
        }

        var completed = broadcast with { Parts = parts, CompletedAt = time.GetUtcNow() };
        await store.SaveAsync(completed, cancellationToken);
        return completed;
    }

    private async Task<OrganisationBroadcastStatus> StatusOfAsync(OrganisationBroadcast broadcast, CancellationToken cancellationToken)
    {
        var branches = new List<OrganisationBroadcastBranchStatus>();
        foreach (var part in broadcast.Parts)
        {
            BroadcastCounts? counts = null;
            if (part.BroadcastNumber is { } number && TryBroadcastsOf(part.BranchId) is { } service
                && await service.GetDetailAsync(number, cancellationToken) is { Succeeded: true } detail)
            {
                counts = detail.Value!.Counts;
            }

            branches.Add(new OrganisationBroadcastBranchStatus(part, counts));
        }

        return new OrganisationBroadcastStatus(broadcast, branches);
    }

    private async Task<Outcome<IReadOnlyList<OverseenBranch>, OrganisationBroadcastProblem>> TargetsAsync(
        OrganisationAudience audience, Member actor, CancellationToken cancellationToken)
    {
        var branches = await BranchesOfAsync(actor, cancellationToken);
        if (branches.Count == 0)
        {
            return new OrganisationBroadcastProblem.NotAllowed();
        }

        if (audience.Kind != OrganisationAudienceKind.OneBranch)
        {
            return Outcome<IReadOnlyList<OverseenBranch>, OrganisationBroadcastProblem>.Ok(branches);
        }

        var one = branches.FirstOrDefault(b => string.Equals(b.Id, audience.BranchId, StringComparison.Ordinal));
        return one is null
            ? new OrganisationBroadcastProblem.BranchNotOverseen()
            : Outcome<IReadOnlyList<OverseenBranch>, OrganisationBroadcastProblem>.Ok([one]);
    }

    private static string LabelOf(OrganisationAudience audience, IReadOnlyList<OverseenBranch> targets) => audience.Kind switch
    {
        OrganisationAudienceKind.Secretaries => "各支部书记",
        OrganisationAudienceKind.OneBranch => $"{targets[0].Name}全体党员",
        _ => "全体党员",
    };

    private static BroadcastDraft BranchDraft(OrganisationBroadcastDraft draft, string? sourceKey) => new(
        draft.Text,
        draft.Audience.Kind == OrganisationAudienceKind.Secretaries ? BroadcastAudience.Secretaries : BroadcastAudience.Branch,
        draft.RequiresAcknowledgement,
        ScheduledAt: null,
        SourceKey: sourceKey);

    private BroadcastService BroadcastsOf(string branchId) => scopes.For(branchId).GetRequiredService<BroadcastService>();

    private BroadcastService? TryBroadcastsOf(string branchId)
    {
        try
        {
            return BroadcastsOf(branchId);
        }
        catch (BranchNotServedException)
        {
            return null;
        }
    }
}
