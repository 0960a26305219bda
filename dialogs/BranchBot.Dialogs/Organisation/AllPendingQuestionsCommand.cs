using BranchBot.Core;
using BranchBot.Core.Organisation.Oversight;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Knowledge;

namespace BranchBot.Dialogs.Organisation;

/// <summary>
/// 待答问题 全部: every overseen branch's questions still waiting for its answer, counts per branch first, for 党委
/// role holders, read-only (answering stays with each branch's 书记).
/// </summary>
public sealed class AllPendingQuestionsCommand(OversightAccess access, OpenQuestionsAcrossBranches questions, BranchClock clock, IPublicBaseUrl publicBaseUrl) : IChatCommand
{
    public const string Keyword = "待答问题 全部";

    public IReadOnlyList<string> Keywords { get; } = [Keyword, "待答问题全部", "全部待答问题", "各支部待答问题"];

    public CommandAudience Audience => CommandAudience.Members;

    public bool IsOfferedTo(Sender sender) => sender?.IsCommittee == true;

    public CommandHelp Help { get; } = new(KnowledgeTexts.HelpTopic, Keyword, Keyword, "党委查看各支部还没答复的问题，等得最久的在前", Order: 93);

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var units = await access.UnitsOverseenByAsync(turn.Sender.Member!.Id, cancellationToken);
        if (units.Count == 0)
        {
            await turn.SendAsync(OversightTexts.NotAnOverseerOfQuestions(Keyword), cancellationToken);
            return;
        }

        var branches = await questions.ListAsync(units, cancellationToken);
        await turn.SendAsync(OpenQuestionsTexts.List(branches, clock.Now, publicBaseUrl.Get() + OpenQuestionsTexts.ConsolePath), cancellationToken);
    }
}
