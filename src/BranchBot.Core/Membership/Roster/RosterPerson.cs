namespace BranchBot.Core.Membership.Roster;

/// <summary>One person of the file: the rows that share a name (one per chat account) merged.</summary>
internal sealed record RosterPerson(int Line, string Name, MemberRole Role, string? Group, IReadOnlyList<ChatAccount> Accounts)
{
    public static IReadOnlyList<RosterPerson> Collect(IReadOnlyList<RosterRow> rows, List<string> errors)
    {
        var people = new List<RosterPerson>();
        foreach (var sameName in rows.GroupBy(r => r.Name, StringComparer.OrdinalIgnoreCase))
        {
            var first = sameName.First();
            var consistent = true;
            foreach (var other in sameName.Skip(1))
            {
                if (other.Role != first.Role || !string.Equals(other.Group, first.Group, StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add($"第 {other.Line} 行：「{other.Name}」在第 {first.Line} 行已出现，但角色或党小组不同。同一人占多行时（多个聊天账号），角色和党小组必须一致。");
                    consistent = false;
                }
                else if (other.Account is null || first.Account is null)
                {
                    errors.Add($"第 {other.Line} 行：「{other.Name}」在第 {first.Line} 行已出现。同一人只有在绑定多个聊天账号时才可占多行。");
                    consistent = false;
                }
            }

            if (consistent)
            {
                var accounts = sameName.Select(r => r.Account).OfType<ChatAccount>().Distinct().ToList();
                people.Add(new RosterPerson(first.Line, first.Name, first.Role, first.Group, accounts));
            }
        }

        return people;
    }
}
