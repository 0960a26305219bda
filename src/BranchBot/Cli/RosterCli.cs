using System.Text;
using BranchBot.Core.Membership;
using BranchBot.Core.Membership.Roster;
using BranchBot.Core.Organisation;
using BranchBot.Roster;

namespace BranchBot.Cli;

/// <summary>
/// roster import FILE / roster export [--branch 支部] [FILE], for the whole organisation (<see cref="OrganisationRoster"/>):
/// a file's optional <c>branch</c> column says each row's branch.
/// </summary>
internal sealed class RosterCli(IServiceProvider services, TextWriter output, TextWriter error)
{
    public async Task<int> RunAsync(string[] args)
    {
        return args switch
        {
            ["import", var file] => await ImportAsync(file),
            ["export"] => await ExportAsync(null, null),
            ["export", "--branch", var branch] => await ExportAsync(branch, null),
            ["export", "--branch", var branch, var file] => await ExportAsync(branch, file),
            ["export", var file] when !file.StartsWith("--", StringComparison.Ordinal) => await ExportAsync(null, file),
            _ => CliUsage.Fail(error),
        };
    }

    private async Task<int> ImportAsync(string file)
    {
        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"找不到文件：{file}");
            return 2;
        }

        var imports = await services.GetRequiredService<OrganisationRoster>().ImportAsync(await File.ReadAllBytesAsync(file), MembershipActor.Operator, CancellationToken.None);
        if (imports is [{ Result.Succeeded: false } failed])
        {
            await error.WriteLineAsync($"名单有 {failed.Result.Errors.Count} 处问题，未导入任何数据：");
            foreach (var problem in failed.Result.Errors)
            {
                await error.WriteLineAsync("  " + RosterTexts.Problem(problem));
            }

            return 1;
        }

        foreach (var (branch, result) in imports)
        {
            await ReportAsync(branch, result);
        }

        return 0;
    }

    private async Task ReportAsync(string? branch, RosterImportResult result)
    {
        var where = string.IsNullOrEmpty(branch) ? string.Empty : $"「{branch}」";
        await output.WriteLineAsync($"{where}导入完成：新增 {result.Added} 人，更新 {result.Updated} 人，绑定聊天账号 {result.Bound} 个。");
        foreach (var note in result.Notes)
        {
            await output.WriteLineAsync(RosterTexts.Note(note));
        }

        if (result.Invites.Count > 0)
        {
            await output.WriteLineAsync($"以下 {result.Invites.Count} 人尚未绑定聊天账号，请把邀请码转给本人，让其向机器人发送「加入 邀请码」：");
            foreach (var (name, code) in result.Invites)
            {
                await output.WriteLineAsync($"  {name}\t{code ?? RosterTexts.StillValidInvite}");
            }
        }
    }

    private async Task<int> ExportAsync(string? branch, string? file)
    {
        var exported = await services.GetRequiredService<OrganisationRoster>().ExportAsync(branch, CancellationToken.None);
        if (!exported.Succeeded)
        {
            await error.WriteLineAsync(RosterTexts.Problem(exported.Problem!));
            return 1;
        }

        if (file is null)
        {
            await output.WriteAsync(exported.Value);
            return 0;
        }

        // With a BOM, so Excel opens the Chinese names correctly.
        await File.WriteAllTextAsync(file, exported.Value, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await output.WriteLineAsync($"已导出到 {file}");
        return 0;
    }
}
