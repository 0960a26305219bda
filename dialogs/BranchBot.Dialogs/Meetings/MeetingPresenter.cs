using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Time;

namespace BranchBot.Dialogs.Meetings;

/// <summary>Writes meetings the way the chat shows them: times in the branch's zone, audiences in words with a head count.</summary>
public sealed class MeetingPresenter(BranchClock clock, IMembershipStore members, MeetingAudienceResolver audiences)
{
    public BranchClock Clock => clock;

    /// <summary>"12月1日（星期二）14:30".</summary>
    public string When(DateTimeOffset instant) => MeetingTexts.When(clock.ToLocal(instant), clock.Now);

    /// <summary>"12月1日（星期二）14:30 党员大会「学习二十大精神」".</summary>
    public string Describe(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var topic = meeting.Topic is null ? string.Empty : $"「{meeting.Topic}」";
        return $"{When(meeting.StartsAt)} {MeetingKinds.ToChinese(meeting.Kind)}{topic}";
    }

    /// <summary>"全体党员（12人）", "支委会成员（3人）", "第一党小组（5人）".</summary>
    public async Task<string> AudienceAsync(MeetingAudience audience, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audience);
        var count = (await audiences.MembersOfAsync(audience, cancellationToken)).Count;
        var name = audience.Kind switch
        {
            AudienceKind.Committee => "支委会成员",
            AudienceKind.Group => (await GroupByIdAsync(audience.GroupId, cancellationToken))?.Name ?? "党小组",
            _ => "全体党员",
        };
        return $"{name}（{count}人）";
    }

    /// <summary>The audience a new meeting will have, as the service will resolve it (the creator's group by default).</summary>
    public async Task<MeetingAudience?> AudienceForAsync(MeetingKind kind, string? groupName, Member creator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(creator);
        return MeetingKinds.DefaultAudience(kind) switch
        {
            AudienceKind.Branch => MeetingAudience.Branch,
            AudienceKind.Committee => MeetingAudience.Committee,
            _ => (groupName is null ? await GroupByIdAsync(creator.GroupId, cancellationToken) : await GroupByNameAsync(groupName, cancellationToken))
                is { } group ? MeetingAudience.Group(group.Id) : null,
        };
    }

    public async Task<PartyGroup?> GroupByNameAsync(string name, CancellationToken cancellationToken)
    {
        var groups = await members.ListGroupsAsync(cancellationToken);
        return groups.FirstOrDefault(g => string.Equals(g.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    public async Task<IReadOnlyList<string>> GroupNamesAsync(CancellationToken cancellationToken) =>
        [.. (await members.ListGroupsAsync(cancellationToken)).Select(g => g.Name).Order(StringComparer.Ordinal)];

    private async Task<PartyGroup?> GroupByIdAsync(string? groupId, CancellationToken cancellationToken) =>
        groupId is null ? null : (await members.ListGroupsAsync(cancellationToken)).FirstOrDefault(g => g.Id == groupId);
}
