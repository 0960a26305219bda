using BranchBot.Core.Organisation.Knowledge;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Knowledge;

namespace BranchBot.Dialogs.Organisation;

/// <summary>各支部问答: every overseen branch's own entries, adopted or not, for 党委 roles.</summary>
public sealed class BranchKnowledgeListCommand(OrganisationKnowledge knowledge) : IChatCommand
{
    public const string Keyword = "各支部问答";

    public IReadOnlyList<string> Keywords { get; } = [Keyword, "支部答复汇总", "各支部答复"];

    public CommandAudience Audience => CommandAudience.Members;

    public bool IsOfferedTo(Sender sender) => sender?.IsCommittee == true;

    public CommandHelp Help { get; } = new(KnowledgeTexts.HelpTopic, Keyword, Keyword, "党委查看各支部自己添加的问答，可采纳为全组织使用", Order: 90);

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var listed = await knowledge.ListAsync(turn.Sender.Member!, cancellationToken);
        if (!listed.Succeeded)
        {
            await turn.SendAsync(AdoptionTexts.Problem(listed.Problem!), cancellationToken);
            return;
        }

        var (text, buttons) = AdoptionTexts.List(listed.Value!);
        await turn.SendWithButtonsAsync(text, buttons, cancellationToken);
    }
}

/// <summary>采纳问答 [支部名称：]问题: a 党委 role makes a branch's own entry answer every branch.</summary>
public sealed class AdoptKnowledgeCommand(OrganisationKnowledge knowledge) : IChatCommand
{
    public const string Keyword = "采纳问答";

    public IReadOnlyList<string> Keywords { get; } = [Keyword, "采纳支部答复"];

    public CommandAudience Audience => CommandAudience.Members;

    public bool IsOfferedTo(Sender sender) => sender?.IsCommittee == true;

    public CommandHelp Help { get; } = new(KnowledgeTexts.HelpTopic, Keyword, "采纳问答 [支部名称：]问题", "党委把某支部的问答采纳为全组织使用", Order: 91)
    {
        Example = "采纳问答 第二党支部：党费可以微信交吗",
    };

    public Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken) =>
        AdoptionCommand.RunAsync(turn, arguments, Keyword, knowledge.AdoptAsync, AdoptionTexts.Adopted, cancellationToken);
}

/// <summary>取消采纳 [支部名称：]问题: the entry answers its own branch only again.</summary>
public sealed class WithdrawAdoptionCommand(OrganisationKnowledge knowledge) : IChatCommand
{
    public const string Keyword = "取消采纳";

    public IReadOnlyList<string> Keywords { get; } = [Keyword, "撤回采纳"];

    public CommandAudience Audience => CommandAudience.Members;

    public bool IsOfferedTo(Sender sender) => sender?.IsCommittee == true;

    public CommandHelp Help { get; } = new(KnowledgeTexts.HelpTopic, Keyword, "取消采纳 [支部名称：]问题", "党委撤回采纳，问答又只回答原支部", Order: 92);

    public Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken) =>
        AdoptionCommand.RunAsync(turn, arguments, Keyword, knowledge.WithdrawAsync, AdoptionTexts.Withdrawn, cancellationToken);
}

internal static class AdoptionCommand
{
    public delegate Task<Core.Outcome<BranchKnowledgeEntry, AdoptionProblem>> Change(Core.Membership.Member actor, string question, string? branchName, CancellationToken cancellationToken);

    public static async Task RunAsync(BotTurn turn, string arguments, string keyword, Change change, Func<BranchKnowledgeEntry, string> done, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var text = arguments.Trim();
        if (text.Length == 0)
        {
            await turn.AskArgumentAsync(new ArgumentRequest(keyword, AdoptionTexts.AskQuestion(keyword)), cancellationToken);
            return;
        }

        var separator = text.IndexOfAny(AdoptionTexts.BranchSeparators);
        var (branch, question) = separator > 0 ? (text[..separator].Trim(), text[(separator + 1)..].Trim()) : ((string?)null, text);
        var outcome = await change(turn.Sender.Member!, question, branch, cancellationToken);
        if (!outcome.Succeeded && branch is not null && outcome.Problem is AdoptionProblem.NotFound)
        {
            // "问题：补充" with no branch before the colon: the whole text is the question.
            outcome = await change(turn.Sender.Member!, text, null, cancellationToken);
        }

        await turn.SendAsync(outcome.Succeeded ? done(outcome.Value!) : AdoptionTexts.Problem(outcome.Problem!), cancellationToken);
    }
}
