namespace BranchBot.Core.Membership.Roster;

/// <summary>
/// <see cref="RoleChangePolicy"/> applied to every person of a file against the roster as stored: one refused row
/// refuses the whole import, with its line number.
/// </summary>
internal static class RosterPermissions
{
    public static void Check(IReadOnlyList<RosterPerson> people, IReadOnlyList<Member> members, IReadOnlyList<PartyGroup> groups, MembershipActor actor, List<RosterProblem> errors)
    {
        foreach (var person in people)
        {
            var existing = members.FirstOrDefault(m => NameRules.SameName(person.Name, m.Name));
            var problems = new[]
            {
                RoleChangePolicy.RoleChangeProblem(actor, existing, person.Role),
                existing is not null && MovesGroup(existing, person, groups) ? RoleChangePolicy.GroupMoveProblem(actor, existing) : null,
                BindsNewAccount(existing, person) ? RoleChangePolicy.AccountBindingProblem(actor, Senior(existing?.Role, person.Role)) : null,
            };
            foreach (var problem in problems.OfType<RoleChangeProblem>())
            {
                errors.Add(new RosterProblem.Refused(person.Line, problem));
            }
        }
    }

    private static bool MovesGroup(Member existing, RosterPerson person, IReadOnlyList<PartyGroup> groups)
    {
        var current = groups.FirstOrDefault(g => g.Id == existing.GroupId);
        return current is null ? person.Group is not null : person.Group is null || !NameRules.SameGroup(person.Group, current.Name);
    }

    private static bool BindsNewAccount(Member? existing, RosterPerson person) =>
        person.Accounts.Any(a => existing is null || !existing.ChatAccounts.Contains(a));

    /// <summary>The higher of the office held now and the office the file gives (lower enum values outrank).</summary>
    private static MemberRole Senior(MemberRole? held, MemberRole given) => held is { } role && role < given ? role : given;
}
