using System.Text;

namespace BranchBot.Core.Membership.Roster;

/// <summary>
/// Writes the roster in the import format: one row per chat account, a member without one on a row of their own.
/// Cells that a spreadsheet would run as formulas are kept text (<see cref="FormulaGuard"/>); the importer reads them back.
/// </summary>
public sealed class RosterExporter(IMembershipStore store)
{
    public async Task<string> ExportAsync(CancellationToken cancellationToken)
    {
        var members = await store.ListMembersAsync(cancellationToken);
        var groups = (await store.ListGroupsAsync(cancellationToken)).ToDictionary(g => g.Id, g => g.Name);
        var text = new StringBuilder().Append(RosterColumns.Header).Append('\n');
        foreach (var member in members.OrderBy(m => m.Role).ThenBy(m => m.GroupId is null ? string.Empty : groups.GetValueOrDefault(m.GroupId), StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal))
        {
            var group = member.GroupId is null ? string.Empty : groups.GetValueOrDefault(member.GroupId, string.Empty);
            var accounts = member.ChatAccounts.Count == 0 ? [null] : member.ChatAccounts.Cast<ChatAccount?>();
            foreach (var account in accounts)
            {
                text.AppendJoin(',', Csv.TextCell(member.Name), RoleNames.ToEnglish(member.Role), Csv.TextCell(group), Csv.TextCell(account?.ChannelId), Csv.TextCell(account?.UserId)).Append('\n');
            }
        }

        return text.ToString();
    }
}
