using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Time;

namespace BranchBot.Dialogs.Meetings;

/// <summary>Writes meetings the way the chat shows them: times in the branch's zone, audiences in words with a head count.</summary>
public sealed class MeetingPresenter(BranchClock clock, IMembershipStore members, MeetingAudienceResolver audiences, MeetingService meetings)
{
    public BranchClock Clock => clock;

    /// <summary>The meetings, for a dialog that shows the audience <see cref="MeetingService.ResolveAudienceAsync"/> will give.</summary>
    public MeetingService Meetings => meetings;

    /// <summary>"12月1日（星期二）14:30".</summary>
    public string When(DateTimeOffset instant) => MeetingTexts.When(clock.ToLocal(instant), clock.Now);

    /// <summary>"12月1日（星期二）14:30–16:30": the start and the end (the end's day too when it ends on another day).</summary>
    public string WhenFromTo(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return When(meeting.StartsAt) + "–" + TimeOrWhen(meeting.EndsAt, meeting.StartsAt);
    }

    /// <summary>"14:30" on the same local day as <paramref name="sameDayAs"/>, otherwise as <see cref="When"/>.</summary>
    public string TimeOrWhen(DateTimeOffset instant, DateTimeOffset sameDayAs) =>
        clock.ToLocal(instant).Date == clock.ToLocal(sameDayAs).Date ? MeetingTexts.Time(clock.ToLocal(instant)) : When(instant);

    /// <summary>"12月1日（星期二）14:30 党员大会「学习二十大精神」" (<see cref="MeetingTexts.Describe"/>).</summary>
    public string Describe(Meeting meeting) => MeetingTexts.Describe(meeting, clock);

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
