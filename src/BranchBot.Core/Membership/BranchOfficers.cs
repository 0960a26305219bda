namespace BranchBot.Core.Membership;

/// <summary>Which officers receive a notice; each rule keeps the recipients that notice has always had.</summary>
public enum OfficerRule
{
    /// <summary>The active 书记, or the active 副书记 while the branch has no 书记 (attendance summaries, compliance nudges).</summary>
    SecretaryElseDeputies,

    /// <summary>The active 书记 only, never a 副书记 (talk follow-ups and talk content are for the 书记).</summary>
    SecretariesOnly,

    /// <summary>The active 书记 and 副书记 together (leave requests, forwarded questions).</summary>
    SecretaryAndDeputies,
}

/// <summary>The officers a notice goes to, by a named <see cref="OfficerRule"/>, in roster order.</summary>
public static class BranchOfficers
{
    /// <param name="except">Left out when given: the person who acted, who sees the reply instead.</param>
    public static async Task<IReadOnlyList<Member>> ListAsync(
        IMembershipStore members, OfficerRule rule, CancellationToken cancellationToken, Member? except = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        return Among(await members.ListMembersAsync(cancellationToken), rule, except);
    }

    /// <summary>The same rule over a roster already read.</summary>
    /// <param name="except">Left out when given: the person who acted, who sees the reply instead.</param>
    public static IReadOnlyList<Member> Among(IEnumerable<Member> members, OfficerRule rule, Member? except = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        var active = members.Where(m => m.IsActive).ToList();
        var secretaries = active.Where(m => m.Role == MemberRole.Secretary);
        var chosen = rule switch
        {
            OfficerRule.SecretariesOnly => secretaries,
            OfficerRule.SecretaryAndDeputies => active.Where(m => m.Role is MemberRole.Secretary or MemberRole.DeputySecretary),
            OfficerRule.SecretaryElseDeputies => secretaries.Any() ? secretaries : active.Where(m => m.Role == MemberRole.DeputySecretary),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
        };
        return [.. chosen.Where(m => m.Id != except?.Id)];
    }
}
