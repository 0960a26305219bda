using System.Text.RegularExpressions;
using BranchBot.Core.Talks;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Talks;

/// <summary>
/// 谈心 [已经说的]: starts (or offers to resume) the member's 谈心 conversation with the branch; what follows the keyword is
/// taken as the answer to the first question; after 建议 ("谈心 建议：以后开会早点通知"), as the answer to the question about
/// the branch's work (对支部工作的意见建议).
/// </summary>
public sealed partial class FeedbackCommand : IChatCommand
{
    public const string Keyword = "谈心";

    /// <summary>The word that marks what follows as a suggestion: "谈心 建议：…" (the button a suggestion is offered with).</summary>
    public const string SuggestionWord = "建议";

    private static readonly Regex SuggestionLead = SuggestionLeadPattern();

    public IReadOnlyList<string> Keywords { get; } = [Keyword, "我要谈心", "谈谈心"];

    public CommandAudience Audience => CommandAudience.Members;

    public CommandHelp Help { get; } = new(TalkTexts.HelpTopic, "谈心", "谈心", "和支部聊聊近况、困难和建议（一次一个问题，内容只有你和书记能看到）", Order: 70)
    {
        ShortcutFor = HelpShortcut.Members,
    };

    public Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        // "谈心 最近工作压力大…" (from "我想跟书记谈谈心，最近工作压力大…"): what was said is the first answer.
        var said = arguments?.Trim() ?? string.Empty;
        var suggestion = SuggestionLead.Match(said);
        var form = suggestion.Success && said.Length > suggestion.Length
            ? new FeedbackForm { Said = said[suggestion.Length..].Trim(), SaidAbout = FeedbackTopic.BranchSuggestions }
            : said.Length == 0 ? null : new FeedbackForm { Said = said };
        return turn.BeginDialogAsync(FeedbackDialog.DialogId, form, cancellationToken);
    }

    [GeneratedRegex(@"^建议\s*[:：,，]?\s*")]
    private static partial Regex SuggestionLeadPattern();
}
