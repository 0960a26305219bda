namespace BranchBot.Core.Membership.Roster;

/// <summary>
/// Imports a roster CSV (header <c>name,role,group,channelId,userId</c>). Every row is checked first; if any row is
/// wrong, the errors are reported by line number and nothing is written. Rows are matched to existing members by
/// name, so importing an exported file changes nothing. Members not in the file are left as they are.
/// Rows with channelId and userId bind that chat account; members who have none get a new invite code.
/// What the actor may change is <see cref="RoleChangePolicy"/>'s; every role changed is audited and told to its holder.
/// </summary>
public sealed class RosterImporter(IMembershipStore store, MembershipService membership, RoleChangeRecorder roleChanges, TimeProvider timeProvider)
{
    public Task<RosterImportResult> ImportAsync(byte[] file, MembershipActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(actor);
        IReadOnlyList<Csv.Record> records;
        try
        {
            records = Csv.Parse(Csv.Decode(file));
        }
        catch (Csv.UnclosedQuoteException exception)
        {
            return Task.FromResult(new RosterImportResult { Errors = [new RosterProblem.UnclosedQuote(exception.Line)] });
        }

        return membership.RunExclusiveAsync(() => ImportRecordsAsync(records, actor, checkOnly: false, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Imports records already read (the header first, each with its line of the file), or with
    /// <paramref name="checkOnly"/> only reports what is wrong with them and writes nothing.
    /// </summary>
    public Task<RosterImportResult> ImportAsync(IReadOnlyList<Csv.Record> records, MembershipActor actor, bool checkOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(actor);
        return membership.RunExclusiveAsync(() => ImportRecordsAsync(records, actor, checkOnly, cancellationToken), cancellationToken);
    }

    private async Task<RosterImportResult> ImportRecordsAsync(IReadOnlyList<Csv.Record> records, MembershipActor actor, bool checkOnly, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return Failed(new RosterProblem.EmptyFile());
        }

        var header = ReadHeader(records[0]);
        if (header.Problem is not null)
        {
            return Failed(header.Problem);
        }

        var errors = new List<RosterProblem>();
        var rows = new List<RosterRow>();
        foreach (var record in records.Skip(1))
        {
            var row = RosterRow.Read(record, header.Value!, errors);
            if (row is not null)
            {
                rows.Add(row);
            }
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new RosterProblem.NoMembers());
        }

        var members = await store.ListMembersAsync(cancellationToken);
        var groups = await store.ListGroupsAsync(cancellationToken);
        var people = RosterPerson.Collect(rows, errors);
        RosterChecks.Run(people, members, groups, errors);
        RosterPermissions.Check(people, members, groups, actor.Current(members), errors);
        if (errors.Count > 0 || checkOnly)
        {
            return new RosterImportResult { Errors = errors };
        }

        return await WriteAsync(people, members, groups, actor, cancellationToken);
    }

    private async Task<RosterImportResult> WriteAsync(
        IReadOnlyList<RosterPerson> people, IReadOnlyList<Member> members, IReadOnlyList<PartyGroup> groups, MembershipActor actor, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var groupsByName = groups.ToList();
        var newGroups = new List<PartyGroup>();
        var written = new Dictionary<string, Member>(StringComparer.Ordinal);
        var pending = new List<(string Name, Invite Invite, string? NewCode)>();
        var notes = new List<RosterNote>();
        var existingInvites = await store.ListInvitesAsync(cancellationToken);
        int added = 0, updated = 0, bound = 0;

        foreach (var person in people)
        {
            PartyGroup? group = null;
            if (person.Group is not null)
            {
                group = groupsByName.FirstOrDefault(g => NameRules.SameGroup(person.Group, g.Name));
                if (group is null)
                {
                    group = new PartyGroup { Id = PartyGroup.NewId(), Name = person.Group, CreatedAt = now };
                    groupsByName.Add(group);
                    newGroups.Add(group);
                }
            }

            var existing = members.FirstOrDefault(m => NameRules.SameName(person.Name, m.Name));
            var member = existing ?? new Member { Id = Member.NewId(), Name = person.Name, CreatedAt = now };
            member = member with { Role = person.Role, GroupId = group?.Id };
            foreach (var account in person.Accounts.Where(a => !member.ChatAccounts.Contains(a)))
            {
                member = member.WithAccount(account);
                bound++;
            }

            if (existing is null)
            {
                added++;
            }
            else if (existing != member)
            {
                updated++;
            }

            if (existing is null || existing != member)
            {
                written[member.Id] = member;
            }

            if (!member.IsBound)
            {
                // A still-valid invite is kept rather than replaced, so re-importing a file changes nothing; its code
                // cannot be reported again (only the hash is stored).
                var kept = existingInvites.FirstOrDefault(i => i.MemberId == member.Id && !i.IsExpired(now));
                var issued = kept is null ? membership.NewInvite(member.Id, now) : null;
                pending.Add((member.Name, kept ?? issued!.Invite, issued?.Code));
            }
        }

        DemoteDisplacedOffices(members, written, notes);
        var newInvites = pending.Select(p => p.Invite).Where(i => !existingInvites.Contains(i)).ToList();
        var replacedInvites = existingInvites.Where(i =>
            newInvites.Any(n => n.MemberId == i.MemberId) || written.Values.Any(m => m.Id == i.MemberId && m.IsBound));
        await store.ApplyAsync(new MembershipChange
        {
            Members = [.. written.Values],
            Groups = newGroups,
            Invites = newInvites,
            DeletedInviteHashes = [.. replacedInvites.Select(i => i.CodeHash)],
        }, cancellationToken);
        var transitions = members.Where(m => written.ContainsKey(m.Id)).Select(m => new RoleTransition(written[m.Id], m.Role));
        await roleChanges.RecordAsync(transitions, actor, cancellationToken);

        return new RosterImportResult
        {
            Added = added,
            Updated = updated,
            Bound = bound,
            Invites = [.. pending.Select(p => (p.Name, p.NewCode))],
            Notes = notes,
        };
    }

    /// <summary>A secretary or group leader named in the file displaces the one in the database who is not in the file.</summary>
    private static void DemoteDisplacedOffices(IReadOnlyList<Member> members, Dictionary<string, Member> written, List<RosterNote> notes)
    {
        foreach (var incumbent in members.Where(m => !written.ContainsKey(m.Id)))
        {
            if (incumbent.Role == MemberRole.GroupLeader
                && written.Values.Any(m => m.Role == MemberRole.GroupLeader && m.GroupId == incumbent.GroupId))
            {
                written[incumbent.Id] = incumbent with { Role = MemberRole.Member };
                notes.Add(new RosterNote.GroupLeaderReplaced(incumbent.Name));
            }
        }
    }

    private static Outcome<Dictionary<string, int>, RosterProblem> ReadHeader(Csv.Record header)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim().TrimStart('\uFEFF');
            var known = RosterColumns.All.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                return new RosterProblem.UnknownColumn(name);
            }

            if (!columns.TryAdd(known, i))
            {
                return new RosterProblem.RepeatedColumn(known);
            }
        }

        return columns.ContainsKey(RosterColumns.Name)
            ? Outcome<Dictionary<string, int>, RosterProblem>.Ok(columns)
            : new RosterProblem.NoNameColumn();
    }

    private static RosterImportResult Failed(RosterProblem error) => new() { Errors = [error] };
}
