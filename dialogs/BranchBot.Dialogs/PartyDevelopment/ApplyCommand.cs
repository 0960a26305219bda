using BranchBot.Core.PartyDevelopment;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.PartyDevelopment;

/// <summary>入党申请 姓名 日期 [说明]: opens the person's file with the application received that day; committee only.</summary>
public sealed class ApplyCommand(DevelopmentService development, BranchClock clock) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["入党申请", "收到入党申请"];

    public CommandAudience Audience => CommandAudience.Committee;

    public CommandHelp Help { get; } = new(DevelopmentTexts.HelpTopic, "入党申请", "入党申请 姓名 日期", "收到入党申请书后建立发展党员档案", Order: 80)
    {
        Example = "入党申请 张三 今天",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await turn.SendAsync(await ApplyAsync(development, clock, turn, arguments, cancellationToken), cancellationToken);
    }

    /// <summary>Reads 「姓名 日期 [说明]」 and opens the file; the reply. A missing or unreadable date is asked for, never guessed.</summary>
    public static async Task<string> ApplyAsync(DevelopmentService development, BranchClock clock, BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(development);
        ArgumentNullException.ThrowIfNull(turn);
        var parts = (arguments ?? string.Empty).Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return DevelopmentTexts.ApplyUsage;
        }

        var reading = PastDateReader.Read(parts.Length > 1 ? parts[1] : string.Empty, clock);
        if (reading.Date is not { } date)
        {
            return reading.Unreadable is { } unreadable ? DevelopmentTexts.DateNotRead(unreadable) : DevelopmentTexts.ApplyUsage;
        }

        var note = reading.Remainder.Trim();
        var opened = await development.ApplyAsync(turn.Sender.Member!, parts[0], date, note.Length == 0 ? null : note, cancellationToken);
        return opened.Succeeded
            ? DevelopmentTexts.Applied(opened.Value!, DevelopmentSchedule.Next(opened.Value!))
            : DevelopmentTexts.Problem(opened.Problem!, turn.Sender.IsSecretary);
    }
}
