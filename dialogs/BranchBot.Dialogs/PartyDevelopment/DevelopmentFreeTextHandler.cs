using System.Text.RegularExpressions;
using BranchBot.Core.PartyDevelopment;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;

namespace BranchBot.Dialogs.PartyDevelopment;

/// <summary>
/// Sentences people type that can only mean one thing: 「张三 今天交了入党申请书」 (the committee opens the file; a
/// missing date is asked for), 「李四什么时候能转正」 (the committee reads the file; 「我什么时候能转正」 is anyone's own
/// progress), and 「李四的入党进度」「李四到哪一步了」, which the committee gets the file for when one of that name exists
/// (else they are left to the other handlers), and anyone their own progress for 「我到哪一步了」.
/// </summary>
public sealed partial class DevelopmentFreeTextHandler(DevelopmentService development, BranchClock clock) : IFreeTextHandler
{
    public int Order => 12;

    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Sender.Member is null)
        {
            return false;
        }

        var text = turn.Text.Trim();
        if (HandedIn().Match(text) is { Success: true } handed)
        {
            if (!turn.Sender.IsCommittee)
            {
                return false;
            }

            var name = handed.Groups["name"].Value;
            var when = handed.Groups["when"].Value.Trim();
            await turn.SendAsync(
                when.Length == 0
                    ? $"{name}是哪一天交的入党申请书？请发送「入党申请 {name} 日期」，例如「入党申请 {name} 今天」。"
                    : await ApplyCommand.ApplyAsync(development, clock, turn, $"{name} {when}", cancellationToken),
                cancellationToken);
            return true;
        }

        var progress = Progress().Match(text);
        var whereNow = WhereNow().Match(text);
        if (progress.Success || whereNow.Success)
        {
            var name = (progress.Success ? progress : whereNow).Groups["name"].Value;
            if (name is "我" || name == turn.Sender.Member.Name)
            {
                await turn.SendAsync(await OwnProgressCommand.ReplyAsync(development, turn, cancellationToken), cancellationToken);
                return true;
            }

            // Outside the committee only the 入党 words are answered (with who may read files); a name without a file is
            // left to the others (「支部的发展党员情况」, 「会议到哪一步了」).
            if (turn.Sender.IsCommittee
                ? (await development.FileAsync(turn.Sender.Member, name, cancellationToken)).Problem is DevelopmentProblem.NotOnFile
                : !progress.Success)
            {
                return false;
            }

            await turn.SendAsync(await DevelopmentFileCommand.ReplyAsync(development, turn, name, cancellationToken), cancellationToken);
            return true;
        }

        if (WhenConverted().Match(text) is { Success: true } asked)
        {
            var name = asked.Groups["name"].Value;
            await turn.SendAsync(
                name is "我" || name == turn.Sender.Member.Name
                    ? await OwnProgressCommand.ReplyAsync(development, turn, cancellationToken)
                    : await DevelopmentFileCommand.ReplyAsync(development, turn, name, cancellationToken),
                cancellationToken);
            return true;
        }

        return false;
    }

    [GeneratedRegex(@"^(?<name>[\p{IsCJKUnifiedIdeographs}·]{2,5}?)\s*(?<when>\S*?)\s*(交了|递交了|提交了|交来了?)入党申请(书)?[。！!]?$")]
    private static partial Regex HandedIn();

    [GeneratedRegex(@"^(?<name>[\p{IsCJKUnifiedIdeographs}·]{1,5}?)(什么时候|何时|啥时候)(能|可以)?转正[吗呢？?]*$")]
    private static partial Regex WhenConverted();

    [GeneratedRegex(@"^(?<name>[\p{IsCJKUnifiedIdeographs}·]{1,5}?)的?(入党进度|入党情况|入党档案|发展党员档案|发展党员进度|发展党员情况)(怎么样了?|到哪一?步了?|如何)?[吗呢？?。]*$")]
    private static partial Regex Progress();

    [GeneratedRegex(@"^(?<name>[\p{IsCJKUnifiedIdeographs}·]{1,5}?)(入党)?(现在)?(到哪一?步了|走到哪一?步了|进行到哪一?步了|到什么阶段了)[吗呢？?。]*$")]
    private static partial Regex WhereNow();
}
