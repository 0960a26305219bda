using System.Text;
using BranchBot.BotFramework.Schema;
using BranchBot.BotFramework.Turns;
using BranchBot.Core.Membership;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Bot;

/// <summary>
/// 帮助 and its variants: the overview by topic with a few everyday commands (帮助), one topic's commands
/// (帮助 会议), one command's usage and example (帮助 广播); also the welcome and the "not understood" answer.
/// Topics come from the commands themselves (<see cref="CommandHelp.Topic"/>), so there is no list to keep.
/// </summary>
public sealed class HelpResponder(CommandCatalog commands)
{
    private static readonly char[] SubjectSeparators = [' ', ':', '：'];

    /// <summary>All help topics of the registered commands, in overview order.</summary>
    public IReadOnlyList<HelpTopic> Topics =>
        [.. commands.Commands.Where(c => c.Help is not null).Select(c => c.Help!.Topic).Distinct().OrderBy(t => t.Order)];

    /// <summary>The commands this sender may use, in help order.</summary>
    public IReadOnlyList<IChatCommand> AvailableTo(Sender sender) =>
        [.. commands.Commands.Where(c => c.Help is not null && AudienceCheck.Allows(c.Audience, sender) && c.IsOfferedTo(sender)).OrderBy(c => c.Help!.Order)];

    /// <summary>The topics holding at least one command this sender may use.</summary>
    public IReadOnlyList<HelpTopic> TopicsFor(Sender sender) =>
        [.. AvailableTo(sender).Select(c => c.Help!.Topic).Distinct().OrderBy(t => t.Order)];

    /// <summary>
    /// What a message asks help about: empty for the overview, the rest for 「帮助 会议」, or null when the message is no
    /// help request. 「帮助会议」 without a space counts only when the rest names a topic or command, so free text such as
    /// 「帮助困难党员有什么规定」 still reaches the knowledge base.
    /// </summary>
    public string? RecognizeRequest(string? text)
    {
        var message = TextNormalizer.CollapseSpaces(TextNormalizer.StripTrailingPunctuation(text));
        if (BotTexts.HelpWords.Contains(message))
        {
            return string.Empty;
        }

        foreach (var word in BotTexts.HelpWords.Where(w => w.Length > 1))
        {
            if (message.Length > word.Length && message.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                var rest = message[word.Length..];
                if (SubjectSeparators.Contains(rest[0]))
                {
                    return rest.TrimStart(SubjectSeparators).Trim();
                }

                if (word == HelpTexts.HelpWord && (FindCommand(rest) is not null || FindTopic(rest) is not null))
                {
                    return rest;
                }
            }
        }

        return null;
    }

    public Task SendAsync(BotTurn turn, CancellationToken cancellationToken) => SendAsync(turn, string.Empty, cancellationToken);

    public Task SendAsync(BotTurn turn, string subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Context.SendActivityAsync(Answer(turn.Sender, subject ?? string.Empty), cancellationToken);
    }

    public Task SendWelcomeAsync(ITurnContext context, Sender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sender);
        var intro = sender.Branch?.Name is { } name ? $"你好！我是「{name}」的党支部助手。" : "你好！我是党支部助手。";
        return context.SendActivityAsync(Overview(sender, intro + (sender.Member is null ? string.Empty : Greeting(sender))), cancellationToken);
    }

    /// <summary>
    /// "你好": a member is greeted by name in one line with their everyday commands as buttons (the overview is one
    /// 「帮助」 away); someone not yet a member hears how to join.
    /// </summary>
    public Task SendGreetingAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Context.SendActivityAsync(
            turn.Sender.Member is null ? Overview(turn.Sender, string.Empty) : Everyday(turn.Sender, Greeting(turn.Sender) + HelpTexts.WhatCanIDo),
            cancellationToken);
    }

    /// <summary>"你是谁": who the bot is, in one line, with the sender's everyday commands as buttons.</summary>
    public Task SendIntroductionAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var introduction = HelpTexts.Introduction(turn.Sender.Branch?.Name);
        return turn.Context.SendActivityAsync(
            turn.Sender.Member is null ? Overview(turn.Sender, introduction) : Everyday(turn.Sender, introduction + HelpTexts.MoreInHelp),
            cancellationToken);
    }

    /// <summary>One line, and the sender's everyday commands and 帮助 as buttons.</summary>
    private Activity Everyday(Sender sender, string line)
    {
        var shortcuts = Shortcuts(sender, AvailableTo(sender)).Take(HelpTexts.OverviewShortcuts);
        return Buttons.Message(line, shortcuts.Select(CommandButton).Append((HelpTexts.HelpWord, HelpTexts.HelpWord)));
    }

    public Task SendNotUnderstoodAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var text = turn.Text.Length > 30 ? turn.Text[..30] + "…" : turn.Text;
        if (turn.Sender.Member is null)
        {
            return turn.Context.SendActivityAsync(Overview(turn.Sender, HelpTexts.NotUnderstood(text)), cancellationToken);
        }

        var closest = Closest(turn.Sender, turn.Text);
        var buttons = closest.Select(CommandButton).Append((HelpTexts.HelpWord, HelpTexts.HelpWord));
        return turn.Context.SendActivityAsync(Buttons.Message(HelpTexts.NotUnderstood(text) + HelpTexts.TryThese, buttons), cancellationToken);
    }

    /// <summary>
    /// The commands this sender may use that the message names by a keyword ("请假怎么弄" → 请假, "广播发错了能撤回吗" →
    /// 广播 and 撤回), in the order named, at most two; a keyword inside a longer one named ("签到" in "签到情况") is not
    /// counted twice. Each as its help button.
    /// </summary>
    public IReadOnlyList<(string Title, string Value)> NamedIn(Sender sender, string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var named = AvailableTo(sender)
            .Select(command => (command, found: command.Keywords.Where(k => k.Length >= 2).Select(k => (keyword: k, at: message.IndexOf(k, StringComparison.Ordinal))).Where(f => f.at >= 0).OrderByDescending(f => f.keyword.Length).FirstOrDefault()))
            .Where(c => c.found.keyword is not null)
            .ToList();
        return [.. named
            .Where(c => !named.Any(other => other.command != c.command && other.found.keyword.Length > c.found.keyword.Length
                && other.found.at <= c.found.at && other.found.at + other.found.keyword.Length >= c.found.at + c.found.keyword.Length))
            .OrderBy(c => c.found.at)
            .Select(c => CommandButton(c.command))
            .Take(2)];
    }

    /// <summary>
    /// "广播是啥" from a member: a command named in the message that the sender may not use, said in one line with what
    /// it does, who uses it and what serves the sender instead; null when the message names none.
    /// </summary>
    public string? ExplainNotAvailable(Sender sender, string message)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(message);
        if (!sender.IsMember)
        {
            return null;
        }

        var available = AvailableTo(sender).ToHashSet();
        var named = commands.Commands
            .Where(c => c.Help is not null && !available.Contains(c))
            .Select(c => (Command: c, Keyword: c.Keywords.Append(c.Help!.Title).Where(k => k.Length >= 2 && message.Contains(k, StringComparison.Ordinal)).OrderByDescending(k => k.Length).FirstOrDefault()))
            .Where(c => c.Keyword is not null)
            .OrderByDescending(c => c.Keyword!.Length)
            .FirstOrDefault();
        return named.Command is { Help: { } help } && AudienceCheck.Refusal(named.Command, sender, named.Keyword!) is { } refusal
            ? HelpTexts.NotAvailableExplained(help, refusal)
            : null;
    }

    /// <summary>
    /// The commands whose names share the most characters with the message ("签个名" → 签到), then the sender's
    /// everyday ones, three in all.
    /// </summary>
    private IReadOnlyList<IChatCommand> Closest(Sender sender, string message)
    {
        var available = AvailableTo(sender);
        var sharing = available
            .Select(command => (command, shared: command.Keywords.Append(command.Help!.Title).Max(name => name.Distinct().Count(message.Contains))))
            .Where(scored => scored.shared > 0)
            .OrderByDescending(scored => scored.shared)
            .Select(scored => scored.command);
        return [.. sharing.Concat(Shortcuts(sender, available)).Distinct().Take(HelpTexts.ClosestCommands)];
    }

    /// <summary>The reply to 「帮助」 or 「帮助 主题/命令」.</summary>
    public Activity Answer(Sender sender, string subject)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(subject);
        if (subject.Length == 0)
        {
            return Overview(sender, Greeting(sender));
        }

        if (FindCommand(subject) is { } command)
        {
            return CommandAnswer(sender, command);
        }

        return FindTopic(subject) is { } topic
            ? TopicAnswer(sender, topic)
            : Buttons.Message(HelpTexts.UnknownSubject(subject, TopicsOrAll(sender)), TopicButtons(TopicsOrAll(sender)));
    }

    private IChatCommand? FindCommand(string subject) => commands.Commands.FirstOrDefault(c => c.Help is { } help
        && (string.Equals(help.Title, subject, StringComparison.OrdinalIgnoreCase)
            || c.Keywords.Any(k => string.Equals(k, subject, StringComparison.OrdinalIgnoreCase))));

    private HelpTopic? FindTopic(string subject) => Topics.FirstOrDefault(t => t.IsCalled(subject));

    private Activity Overview(Sender sender, string opening)
    {
        var available = AvailableTo(sender);
        var text = new StringBuilder(opening);
        if (sender.Member is null)
        {
            text.Append(text.Length > 0 ? "\n" : string.Empty).Append(BotTexts.NotAMember(sender.BranchClaimed));
            return Buttons.Message(text.ToString(), available.Select(CommandButton));
        }

        var shortcuts = Shortcuts(sender, available).Take(HelpTexts.OverviewShortcuts).ToList();
        var topics = TopicsFor(sender);
        var lines = topics.Select(topic => (topic, (IReadOnlyList<string>)[.. InTopic(sender, topic, available).Select(c => c.Help!.Title)]));
        text.Append(text.Length > 0 ? "\n" : string.Empty)
            .Append(HelpTexts.Overview(lines, shortcuts.Select(c => c.Keywords[0]).FirstOrDefault()));
        return Buttons.Message(text.ToString(), shortcuts.Select(CommandButton).Concat(TopicButtons(topics)));
    }

    private Activity TopicAnswer(Sender sender, HelpTopic topic)
    {
        var available = AvailableTo(sender);
        var inTopic = available.Where(c => c.Help!.Topic == topic).ToList();
        if (inTopic.Count == 0)
        {
            return Buttons.Message(HelpTexts.NothingInTopic(topic), TopicButtons(TopicsOrAll(sender)));
        }

        var buttons = InTopic(sender, topic, available).Take(HelpTexts.TopicButtons);
        var example = inTopic.FirstOrDefault(c => c.Help!.Example is not null) ?? inTopic[0];
        return Buttons.Message(
            HelpTexts.TopicListing(topic, inTopic.Select(c => c.Help!), example.Keywords[0]),
            buttons.Select(CommandButton));
    }

    private Activity CommandAnswer(Sender sender, IChatCommand command)
    {
        var help = command.Help!;
        var refusal = AudienceCheck.Refusal(command, sender, help.Title);
        if (refusal is not null)
        {
            return Buttons.Message($"{refusal}\n{HelpTexts.SeeWhatYouMayUse}", [(HelpTexts.HelpWord, HelpTexts.HelpWord)]);
        }

        if (!command.IsOfferedTo(sender))
        {
            return Buttons.Message(HelpTexts.NotOffered(help.Title), [(HelpTexts.HelpWord, HelpTexts.HelpWord)]);
        }

        var text = HelpTexts.CommandUsage(help, help.Example ?? command.Keywords[0], command.Keywords.Skip(1));
        return Buttons.Message(text, [CommandButton(command), TopicButton(help.Topic)]);
    }

    /// <summary>A topic's commands for this sender, everyday ones first so a long topic keeps them on its buttons.</summary>
    private static IEnumerable<IChatCommand> InTopic(Sender sender, HelpTopic topic, IEnumerable<IChatCommand> available)
    {
        var inTopic = available.Where(c => c.Help!.Topic == topic).ToList();
        return Shortcuts(sender, inTopic).Concat(inTopic).Distinct();
    }

    private static IEnumerable<IChatCommand> Shortcuts(Sender sender, IEnumerable<IChatCommand> available)
    {
        var role = HelpShortcuts.For(sender);
        return role == HelpShortcut.None ? [] : available.Where(c => c.Help!.ShortcutFor.HasFlag(role));
    }

    private IReadOnlyList<HelpTopic> TopicsOrAll(Sender sender) => TopicsFor(sender) is { Count: > 0 } mine ? mine : Topics;

    private static (string Title, string Value) CommandButton(IChatCommand command) => (command.Help!.Title, command.Help.ButtonValue);

    private static (string Title, string Value) TopicButton(HelpTopic topic) => (HelpTexts.TopicRequest(topic), HelpTexts.TopicRequest(topic));

    private static IEnumerable<(string Title, string Value)> TopicButtons(IEnumerable<HelpTopic> topics) => topics.Select(TopicButton);

    private static string Greeting(Sender sender) => sender.Member is { } member
        ? $"你好，{member.Name}（{RoleNames.ToChinese(member.Role)}）！"
        : string.Empty;
}
