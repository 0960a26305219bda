namespace BranchBot.Core.Membership.Roster;

/// <summary>One person of the file: the rows that share a name (one per chat account) merged.</summary>
internal sealed record RosterPerson(int Line, string Name, MemberRole Role, string? Group, IReadOnlyList<ChatAccount> Accounts)
{
    public static IReadOnlyList<RosterPerson> Collect(IReadOnlyList<RosterRow> rows, List<RosterProblem> errors)
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
                    errors.Add(new RosterProblem.RepeatedDifferently(other.Line, other.Name, first.Line));
                    consistent = false;
                }
                else if (other.Account is null || first.Account is null)
                {
                    errors.Add(new RosterProblem.RepeatedWithoutAccount(other.Line, other.Name, first.Line));
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
