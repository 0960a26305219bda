namespace BranchBot.Core.Membership;

/// <summary>The Chinese names of roles and the spellings accepted in chat and in roster files.</summary>
public static class RoleNames
{
    private static readonly Dictionary<string, MemberRole> Accepted = new(StringComparer.OrdinalIgnoreCase)
    {
        ["书记"] = MemberRole.Secretary,
        ["支部书记"] = MemberRole.Secretary,
        ["secretary"] = MemberRole.Secretary,
        ["副书记"] = MemberRole.DeputySecretary,
        ["支部副书记"] = MemberRole.DeputySecretary,
        ["deputysecretary"] = MemberRole.DeputySecretary,
        ["deputy_secretary"] = MemberRole.DeputySecretary,
        ["deputy-secretary"] = MemberRole.DeputySecretary,
        ["deputy secretary"] = MemberRole.DeputySecretary,
        ["支委"] = MemberRole.Committee,
        ["委员"] = MemberRole.Committee,
        ["支部委员"] = MemberRole.Committee,
        ["committee"] = MemberRole.Committee,
        ["committeemember"] = MemberRole.Committee,
        ["committee_member"] = MemberRole.Committee,
        ["党小组长"] = MemberRole.GroupLeader,
        ["小组长"] = MemberRole.GroupLeader,
        ["组长"] = MemberRole.GroupLeader,
        ["groupleader"] = MemberRole.GroupLeader,
        ["group_leader"] = MemberRole.GroupLeader,
        ["group-leader"] = MemberRole.GroupLeader,
        ["group leader"] = MemberRole.GroupLeader,
        ["党员"] = MemberRole.Member,
        ["member"] = MemberRole.Member,
    };

    public static string ToChinese(MemberRole role) => role switch
    {
        MemberRole.Secretary => "书记",
        MemberRole.DeputySecretary => "副书记",
        MemberRole.Committee => "支委",
        MemberRole.GroupLeader => "党小组长",
        _ => "党员",
    };

    public static string ToEnglish(MemberRole role) => role switch
    {
        MemberRole.Secretary => "secretary",
        MemberRole.DeputySecretary => "deputy_secretary",
        MemberRole.Committee => "committee",
        MemberRole.GroupLeader => "group_leader",
        _ => "member",
    };

    /// <summary>Reads a role written in Chinese or English; an empty value means an ordinary 党员.</summary>
    public static bool TryParse(string? text, out MemberRole role)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            role = MemberRole.Member;
            return true;
        }

        return Accepted.TryGetValue(trimmed, out role);
    }

    /// <summary>The roles as they are offered for choice in chat.</summary>
    public static IReadOnlyList<string> ChineseChoices { get; } = ["书记", "副书记", "支委", "党小组长", "党员"];
}
