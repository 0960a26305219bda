using BranchBot.Core.Text;

namespace BranchBot.Core.Membership.Roster;

/// <summary>One checked line of a roster file.</summary>
internal sealed record RosterRow(int Line, string Name, MemberRole Role, string? Group, ChatAccount? Account)
{
    public static RosterRow? Read(Csv.Record record, IReadOnlyDictionary<string, int> columns, List<RosterProblem> errors)
    {
        string Field(string column) =>
            columns.TryGetValue(column, out var index) && index < record.Fields.Count ? FormulaGuard.Unprotect(record.Fields[index]).Trim() : string.Empty;

        var line = record.LineNumber;
        var problems = new List<RosterFieldProblem>();
        if (record.Fields.Count > columns.Count)
        {
            problems.Add(new RosterFieldProblem.TooManyFields(record.Fields.Count));
        }

        var name = NameRules.CleanName(Field(RosterColumns.Name), TextField.MemberName);
        if (!name.Succeeded)
        {
            problems.Add(new RosterFieldProblem.Text(name.Problem!));
        }

        var roleText = Field(RosterColumns.Role);
        if (!RoleNames.TryParse(roleText, out var role))
        {
            problems.Add(new RosterFieldProblem.UnknownRole(roleText));
        }

        string? group = null;
        var groupText = Field(RosterColumns.Group);
        if (groupText.Length > 0)
        {
            var cleanGroup = NameRules.CleanName(groupText, TextField.GroupName);
            if (cleanGroup.Succeeded)
            {
                group = cleanGroup.Value;
            }
            else
            {
                problems.Add(new RosterFieldProblem.Text(cleanGroup.Problem!));
            }
        }

        if (role == MemberRole.GroupLeader && groupText.Length == 0)
        {
            problems.Add(new RosterFieldProblem.LeaderWithoutGroup());
        }

        var channelId = Field(RosterColumns.ChannelId);
        var userId = Field(RosterColumns.UserId);
        ChatAccount? account = null;
        if (channelId.Length > 0 && userId.Length > 0)
        {
            account = new ChatAccount(channelId, userId);
        }
        else if (channelId.Length > 0 || userId.Length > 0)
        {
            problems.Add(new RosterFieldProblem.HalfAccount());
        }

        if (problems.Count > 0)
        {
            errors.Add(new RosterProblem.Row(line, problems));
            return null;
        }

        return new RosterRow(line, name.Value!, role, group, account);
    }
}
