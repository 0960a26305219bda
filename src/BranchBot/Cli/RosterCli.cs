using System.Text;
using BranchBot.Core.Membership;
using BranchBot.Core.Membership.Roster;
using BranchBot.Roster;

namespace BranchBot.Cli;

/// <summary>roster import / roster export.</summary>
internal sealed class RosterCli(IServiceProvider services, TextWriter output, TextWriter error)
{
    public async Task<int> RunAsync(string[] args)
    {
        return args switch
        {
            ["import", var file] => await ImportAsync(file),
            ["export"] => await ExportAsync(null),
            ["export", var file] => await ExportAsync(file),
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

        var importer = services.GetRequiredService<RosterImporter>();
        var result = await importer.ImportAsync(await File.ReadAllBytesAsync(file), MembershipActor.Operator, CancellationToken.None);
        if (!result.Succeeded)
        {
            await error.WriteLineAsync($"名单有 {result.Errors.Count} 处问题，未导入任何数据：");
            foreach (var problem in result.Errors)
            {
                await error.WriteLineAsync("  " + RosterTexts.Problem(problem));
            }

            return 1;
        }

        await output.WriteLineAsync($"导入完成：新增 {result.Added} 人，更新 {result.Updated} 人，绑定聊天账号 {result.Bound} 个。");
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

        return 0;
    }

    private async Task<int> ExportAsync(string? file)
    {
        var csv = await services.GetRequiredService<RosterExporter>().ExportAsync(CancellationToken.None);
        if (file is null)
        {
            await output.WriteAsync(csv);
            return 0;
        }

        // With a BOM, so Excel opens the Chinese names correctly.
        await File.WriteAllTextAsync(file, csv, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await output.WriteLineAsync($"已导出到 {file}");
        return 0;
    }
}
