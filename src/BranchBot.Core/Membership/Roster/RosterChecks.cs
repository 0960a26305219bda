namespace BranchBot.Core.Membership.Roster;

/// <summary>Rules that look at the whole file and the current members together.</summary>
internal static class RosterChecks
{
    public static void Run(IReadOnlyList<RosterPerson> people, IReadOnlyList<Member> members, IReadOnlyList<PartyGroup> groups, List<RosterProblem> errors)
    {
        CheckAccounts(people, members, errors);
        CheckSecretary(people, members, errors);
        CheckGroupLeaders(people, groups, errors);
    }

    private static void CheckAccounts(IReadOnlyList<RosterPerson> people, IReadOnlyList<Member> members, List<RosterProblem> errors)
    {
        var owners = new Dictionary<ChatAccount, RosterPerson>();
        foreach (var person in people)
        {
            foreach (var account in person.Accounts)
            {
                if (owners.TryGetValue(account, out var owner))
                {
                    errors.Add(new RosterProblem.AccountRepeated(person.Line, account, owner.Line, owner.Name));
                    continue;
                }

                owners[account] = person;
                var holder = members.FirstOrDefault(m => m.ChatAccounts.Contains(account));
                if (holder is not null && !string.Equals(holder.Name, person.Name, StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add(new RosterProblem.AccountBound(person.Line, account, holder.Name));
                }
            }
        }
    }

    private static void CheckSecretary(IReadOnlyList<RosterPerson> people, IReadOnlyList<Member> members, List<RosterProblem> errors)
    {
        var secretaries = people.Where(p => p.Role == MemberRole.Secretary).ToList();
        foreach (var extra in secretaries.Skip(1))
        {
            errors.Add(new RosterProblem.SecondSecretary(extra.Line, secretaries[0].Line, secretaries[0].Name));
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
            errors.Add(new RosterProblem.IncumbentSecretary(secretaries[0].Line, incumbent.Name));
        }
    }

    private static void CheckGroupLeaders(IReadOnlyList<RosterPerson> people, IReadOnlyList<PartyGroup> groups, List<RosterProblem> errors)
    {
        foreach (var leaders in people.Where(p => p.Role == MemberRole.GroupLeader && p.Group is not null)
                     .GroupBy(p => groups.FirstOrDefault(g => NameRules.SameGroup(p.Group!, g.Name))?.Name ?? p.Group!, StringComparer.OrdinalIgnoreCase))
        {
            var first = leaders.First();
            foreach (var extra in leaders.Skip(1))
            {
                errors.Add(new RosterProblem.SecondGroupLeader(extra.Line, leaders.Key, first.Name, first.Line));
            }
        }
    }
}
