namespace BranchBot.Core.Membership.Roster;

/// <summary>One checked line of a roster file.</summary>
internal sealed record RosterRow(int Line, string Name, MemberRole Role, string? Group, ChatAccount? Account)
{
    public static RosterRow? Read(Csv.Record record, IReadOnlyDictionary<string, int> columns, List<string> errors)
    {
        string Field(string column) =>
            columns.TryGetValue(column, out var index) && index < record.Fields.Count ? FormulaGuard.Unprotect(record.Fields[index]).Trim() : string.Empty;

        var line = record.LineNumber;
        var problems = new List<string>();
        if (record.Fields.Count > columns.Count)
        {
            problems.Add($"有 {record.Fields.Count} 列，比表头多（姓名里有逗号时请加引号）");
        }

        var name = NameRules.CleanName(Field(RosterColumns.Name), "姓名");
        if (!name.Succeeded)
        {
            problems.Add(name.Problem!.TrimEnd('。'));
        }

        var roleText = Field(RosterColumns.Role);
        if (!RoleNames.TryParse(roleText, out var role))
        {
            problems.Add($"不认识的角色「{roleText}」（可用：书记、副书记、支委、党小组长、党员，或 secretary、deputy_secretary、committee、group_leader、member）");
        }

        string? group = null;
        var groupText = Field(RosterColumns.Group);
        if (groupText.Length > 0)
        {
            var cleanGroup = NameRules.CleanName(groupText, "党小组名称");
            if (cleanGroup.Succeeded)
            {
                group = cleanGroup.Value;
            }
            else
            {
                problems.Add(cleanGroup.Problem!.TrimEnd('。'));
            }
        }

        if (role == MemberRole.GroupLeader && groupText.Length == 0)
        {
            problems.Add("党小组长必须填写所在党小组");
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
            problems.Add("channelId 和 userId 要么都填，要么都不填");
        }

        if (problems.Count > 0)
        {
            errors.Add($"第 {line} 行：{string.Join("；", problems)}。");
            return null;
        }

        return new RosterRow(line, name.Value!, role, group, account);
    }
}
