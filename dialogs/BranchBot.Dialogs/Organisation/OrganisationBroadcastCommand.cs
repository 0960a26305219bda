using System.Globalization;
using BranchBot.Core.Organisation.Broadcasts;
using BranchBot.Core.Organisation.Oversight;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Broadcasts;

namespace BranchBot.Dialogs.Organisation;

/// <summary>
/// 党委广播 [全体党员|各支部书记|支部名称] 内容: a 党委 role sends a notice to the branches they oversee, through each
/// branch's broadcasts (numbered there, signed by the 党委, 收到 as usual). Asks for what is missing, then previews
/// branch by branch and sends with or without 回执.
/// </summary>
public sealed class OrganisationBroadcastCommand(OrganisationBroadcastService broadcasts, BranchClock clock) : IChatCommand
{
    public const string Keyword = "党委广播";

    private const int MaxBranchButtons = 6;

    public IReadOnlyList<string> Keywords { get; } = [Keyword, "党委通知", "组织广播", "给各支部发通知"];

    public CommandAudience Audience => CommandAudience.Members;

    public bool AcceptsGluedArguments => true;

    public bool IsOfferedTo(Sender sender) => sender?.IsCommittee == true;

    public CommandHelp Help { get; } = new(BroadcastTexts.HelpTopic, Keyword, "党委广播 [全体党员|各支部书记|支部名称] 内容", "党委给所辖各支部发通知，各支部党员点「收到」回执", Order: 90)
    {
        Example = "党委广播 各支部书记 请于周五前报送本季度三会一课台账",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var actor = turn.Sender.Member!;
        var branches = await broadcasts.BranchesOfAsync(actor, cancellationToken);
        if (branches.Count == 0)
        {
            await turn.SendAsync(OrganisationBroadcastTexts.NotAllowed, cancellationToken);
            return;
        }

        var rest = arguments.Trim();
        if (rest.Length == 0)
        {
            var choices = new List<string> { OrganisationBroadcastTexts.AllMembers, OrganisationBroadcastTexts.Secretaries };
            choices.AddRange(branches.Take(MaxBranchButtons).Select(b => b.Name));
            await turn.AskArgumentAsync(new ArgumentRequest(Keyword, OrganisationBroadcastTexts.AskAudience, Choices: choices), cancellationToken);
            return;
        }

        var (audience, audienceWord, text) = ReadAudience(rest, branches);
        if (audience is null)
        {
            await turn.SendAsync(OrganisationBroadcastTexts.UnknownAudience(audienceWord, [.. branches.Select(b => b.Name)]), cancellationToken);
            return;
        }

        if (text.Length == 0)
        {
            await turn.AskArgumentAsync(new ArgumentRequest(Keyword, OrganisationBroadcastTexts.AskText(audienceWord), Prefix: audienceWord), cancellationToken);
            return;
        }

        var draft = new OrganisationBroadcastDraft(text, audience, RequiresAcknowledgement: true);
        var preview = await broadcasts.PreviewAsync(draft, actor, cancellationToken);
        if (!preview.Succeeded)
        {
            await turn.SendAsync(OrganisationBroadcastTexts.Problem(preview.Problem!, clock), cancellationToken);
            return;
        }

        await turn.BeginDialogAsync(
            OrganisationBroadcastDialog.DialogId,
            new OrganisationBroadcastDialog.Request(
                text, audience.Kind, audience.BranchId, OrganisationBroadcastTexts.Preview(preview.Value!, text), "org-preview:" + Guid.NewGuid().ToString("N")),
            cancellationToken);
    }

    /// <summary>
    /// The audience the arguments start with and the text after it. Without a known audience word the first word is
    /// taken as a branch name only when it names one; otherwise the audience is unknown (asked back, never guessed).
    /// </summary>
    private static (OrganisationAudience? Audience, string Word, string Text) ReadAudience(string arguments, IReadOnlyList<OverseenBranch> branches)
    {
        foreach (var word in OrganisationBroadcastTexts.AllMembersWords.OrderByDescending(w => w.Length))
        {
            if (arguments.StartsWith(word, StringComparison.Ordinal))
            {
                return (OrganisationAudience.AllMembers, OrganisationBroadcastTexts.AllMembers, Rest(arguments, word));
            }
        }

        foreach (var word in OrganisationBroadcastTexts.SecretariesWords.OrderByDescending(w => w.Length))
        {
            if (arguments.StartsWith(word, StringComparison.Ordinal))
            {
                return (OrganisationAudience.Secretaries, OrganisationBroadcastTexts.Secretaries, Rest(arguments, word));
            }
        }

        foreach (var branch in branches.OrderByDescending(b => b.Name.Length))
        {
            if (arguments.StartsWith(branch.Name, StringComparison.Ordinal))
            {
                return (OrganisationAudience.OneBranch(branch.Id), branch.Name, Rest(arguments, branch.Name));
            }
        }

        var first = arguments.Split([' ', '　', '，', ','], 2)[0];
        return (null, first, string.Empty);
    }

    private static string Rest(string arguments, string word) => arguments[word.Length..].TrimStart(' ', '　', '，', ',', '：', ':').Trim();
}

/// <summary>党委广播记录 [编号]: the latest 党委广播 with their sums, or one of them branch by branch.</summary>
public sealed class OrganisationBroadcastListCommand(OrganisationBroadcastService broadcasts, BranchClock clock) : IChatCommand
{
    public const string Keyword = "党委广播记录";

    private const int Latest = 10;

    public IReadOnlyList<string> Keywords { get; } = [Keyword, "党委通知记录", "党委广播回执"];

    public CommandAudience Audience => CommandAudience.Members;

    public bool AcceptsGluedArguments => true;

    public bool IsOfferedTo(Sender sender) => sender?.IsCommittee == true;

    public CommandHelp Help { get; } = new(BroadcastTexts.HelpTopic, Keyword, "党委广播记录 [编号]", "党委查看已发的党委广播，及各支部的送达和回执", Order: 91)
    {
        Example = "党委广播记录 1",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var actor = turn.Sender.Member!;
        var digits = new string([.. arguments.Where(char.IsAsciiDigit)]);
        if (digits.Length is > 0 and < 7 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            var one = await broadcasts.GetAsync(actor, number, cancellationToken);
            await turn.SendAsync(one.Succeeded ? OrganisationBroadcastTexts.Detail(one.Value!, clock) : OrganisationBroadcastTexts.Problem(one.Problem!, clock), cancellationToken);
            return;
        }

        var list = await broadcasts.ListAsync(actor, Latest, cancellationToken);
        await turn.SendAsync(list.Succeeded ? OrganisationBroadcastTexts.List(list.Value!, clock) : OrganisationBroadcastTexts.Problem(list.Problem!, clock), cancellationToken);
    }
}
