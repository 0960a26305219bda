using System.Text;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Bot;

/// <summary>What 帮助 says: the overview by topic, one topic's commands, one command's usage.</summary>
public static class HelpTexts
{
    public const string HelpWord = "帮助";

    /// <summary>How many of a topic's commands get a button; the rest are listed as text only.</summary>
    public const int TopicButtons = 8;

    /// <summary>How many everyday commands the overview offers as buttons.</summary>
    public const int OverviewShortcuts = 5;

    public const string CancelHint = "随时发送「取消」可退出正在进行的操作。";

    public static string TopicRequest(HelpTopic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return $"{HelpWord} {topic.Name}";
    }

    /// <summary>How many command titles an overview line names before 「等N项」.</summary>
    public const int TitlesPerTopicLine = 4;

    /// <summary>The overview: per topic, what this sender can do there (their own commands, so no line promises more).</summary>
    public static string Overview(IEnumerable<(HelpTopic Topic, IReadOnlyList<string> Titles)> topics, string? exampleKeyword)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var text = new StringBuilder("我可以帮你做这些事（发送「帮助 主题」查看该类全部命令）：");
        foreach (var (topic, titles) in topics)
        {
            text.Append("\n• ").Append(topic.Title).Append("（").Append(TopicRequest(topic)).Append("）：")
                .Append(string.Join("、", titles.Take(TitlesPerTopicLine)));
            if (titles.Count > TitlesPerTopicLine)
            {
                text.Append("等").Append(titles.Count).Append("项");
            }
        }

        text.Append("\n常用命令在下方按钮里。");
        if (exampleKeyword is not null)
        {
            text.Append("发送「帮助 命令」查看用法和例子，例如：帮助 ").Append(exampleKeyword).Append('。');
        }

        return text.Append('\n').Append(CancelHint).ToString();
    }

    public static string TopicListing(HelpTopic topic, IEnumerable<CommandHelp> commands, string exampleKeyword)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(commands);
        var text = new StringBuilder($"【{topic.Title}】{topic.Description}。你可以使用：");
        foreach (var help in commands)
        {
            text.Append("\n• ").Append(help.Usage).Append(" — ").Append(help.Description);
        }

        return text.Append("\n发送「帮助 命令」查看用法和例子，例如：帮助 ").Append(exampleKeyword).Append('。').ToString();
    }

    public static string CommandUsage(CommandHelp help, string example, IEnumerable<string> otherKeywords)
    {
        ArgumentNullException.ThrowIfNull(help);
        ArgumentNullException.ThrowIfNull(otherKeywords);
        var text = new StringBuilder($"「{help.Title}」（{help.Topic.Title}）")
            .Append("\n用法：").Append(help.Usage)
            .Append("\n说明：").Append(help.Description)
            .Append("\n例如：").Append(example);
        var others = otherKeywords.ToList();
        if (others.Count > 0)
        {
            text.Append("\n也可以发送：").Append(string.Join("、", others));
        }

        return text.ToString();
    }

    /// <summary>"「广播」用来向全体党员…发通知。只有书记、副书记和支委可以使用「广播」。你收到的…".</summary>
    public static string NotAvailableExplained(CommandHelp help, string refusal)
    {
        ArgumentNullException.ThrowIfNull(help);
        return $"「{help.Title}」用来{help.Description}。{refusal}";
    }

    public const string SeeWhatYouMayUse = "发送「帮助」查看你可以使用的命令。";

    public static string NotOffered(string title) => $"你目前不能使用「{title}」。{SeeWhatYouMayUse}";

    public static string NothingInTopic(HelpTopic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return $"「{topic.Title}」里暂时没有你可以使用的命令。可以查看的主题见下方按钮。";
    }

    public static string UnknownSubject(string subject, IEnumerable<HelpTopic> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var names = string.Join("、", topics.Select(t => t.Name));
        return $"没有找到「{subject}」这个帮助主题或命令。可以查看的主题：{names}。请发送「帮助 主题」，例如：{TopicExample(topics)}；或发送「帮助」查看概览。";
    }

    public static string Introduction(string? branchName) =>
        $"我是{(branchName is null ? "本支部" : $"「{branchName}」")}的党支部助手：提醒三会一课和主题党日、签到请假、谈心谈话、发通知，并解答党内规定问题。";

    public const string WhatCanIDo = "需要做什么？点下面的按钮，或直接用自己的话说，例如「下周三的党员大会我请个假」。";

    public const string MoreInHelp = "发送「帮助」查看全部功能。";

    public static string NotUnderstood(string text) => $"抱歉，我没有理解「{text}」。";

    public const string TryThese = "你可以试试下面的命令，或发「帮助」看全部。";

    /// <summary>How many of the closest commands the "not understood" answer offers as buttons.</summary>
    public const int ClosestCommands = 3;

    private static string TopicExample(IEnumerable<HelpTopic> topics) =>
        topics.FirstOrDefault() is { } first ? TopicRequest(first) : HelpWord;
}
