namespace BranchBot.Core.Membership.Roster;

/// <summary>Rules that look at the whole file and the current members together.</summary>
internal static class RosterChecks
{
    public static void Run(IReadOnlyList<RosterPerson> people, IReadOnlyList<Member> members, IReadOnlyList<PartyGroup> groups, List<string> errors)
    {
        CheckAccounts(people, members, errors);
        CheckSecretary(people, members, errors);
        CheckGroupLeaders(people, groups, errors);
    }

    private static void CheckAccounts(IReadOnlyList<RosterPerson> people, IReadOnlyList<Member> members, List<string> errors)
    {
        var owners = new Dictionary<ChatAccount, RosterPerson>();
        foreach (var person in people)
        {
            foreach (var account in person.Accounts)
            {
                if (owners.TryGetValue(account, out var owner))
                {
                    errors.Add($"第 {person.Line} 行：聊天账号 {account} 已在第 {owner.Line} 行分配给「{owner.Name}」。");
                    continue;
                }

                owners[account] = person;
                var holder = members.FirstOrDefault(m => m.ChatAccounts.Contains(account));
                if (holder is not null && !string.Equals(holder.Name, person.Name, StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add($"第 {person.Line} 行：聊天账号 {account} 已绑定支部中的「{holder.Name}」。");
                }
            }
        }
    }

    private static void CheckSecretary(IReadOnlyList<RosterPerson> people, IReadOnlyList<Member> members, List<string> errors)
    {
        var secretaries = people.Where(p => p.Role == MemberRole.Secretary).ToList();
        foreach (var extra in secretaries.Skip(1))
        {
            errors.Add($"第 {extra.Line} 行：一个支部只能有一位书记，第 {secretaries[0].Line} 行已是书记「{secretaries[0].Name}」。");
        }

        if (secretaries.Count == 0)
        {
            return;
        }

        var incumbent = members.FirstOrDefault(m => m.Role == MemberRole.Secretary);
        if (incumbent is null || string.Equals(incumbent.Name, secretaries[0].Name, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var incumbentRow = people.FirstOrDefault(p => string.Equals(p.Name, incumbent.Name, StringComparison.OrdinalIgnoreCase));
        if (incumbentRow is null)
        {
            errors.Add($"第 {secretaries[0].Line} 行：支部现任书记是「{incumbent.Name}」。如需更换书记，请在聊天中由书记发送「设置角色 姓名 书记」，或在名单中同时写明「{incumbent.Name}」的新角色。");
        }
    }

    private static void CheckGroupLeaders(IReadOnlyList<RosterPerson> people, IReadOnlyList<PartyGroup> groups, List<string> errors)
    {
        foreach (var leaders in people.Where(p => p.Role == MemberRole.GroupLeader && p.Group is not null)
                     .GroupBy(p => groups.FirstOrDefault(g => NameRules.SameGroup(p.Group!, g.Name))?.Name ?? p.Group!, StringComparer.OrdinalIgnoreCase))
        {
            var first = leaders.First();
            foreach (var extra in leaders.Skip(1))
            {
                errors.Add($"第 {extra.Line} 行：「{leaders.Key}」已有党小组长「{first.Name}」（第 {first.Line} 行），每个党小组只能有一位组长。");
            }
        }
    }
}
