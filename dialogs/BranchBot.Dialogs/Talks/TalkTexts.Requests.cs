using System.Globalization;
using System.Text;
using BranchBot.Core.Talks;

namespace BranchBot.Dialogs.Talks;

/// <summary>What 约谈心 and 谈心请求 say.</summary>
internal static partial class TalkTexts
{
    public const string CoverageView = "谈心情况";

    public const string OwnRecordsView = "谈心记录";

    public static string TalkRequested(string target, bool reached) => reached
        ? $"已告诉{target}你想找他谈心，他会和你约时间。想先说说，也可以发「谈心」。"
        : $"{target}还没有在聊天中加入支部，消息暂时发不到；请求已记下，他加入后发「谈心请求」就能看到。也可以当面或电话约他；想先说说，可以发「谈心」。";

    /// <summary>A second 约谈心 to the same person while the first is recent and not yet answered: nothing is sent again.</summary>
    public static string AlreadyRequested(string target, DateTimeOffset requestedAtLocal) =>
        $"你{When(requestedAtLocal)}已经告诉过{target}想找他谈心，他会和你约时间，不用再发。等了几天还没约上，可以当面或电话问问他；想先说说，也可以发「谈心」。";

    public static string TalkRequestNotice(string from) =>
        $"【谈心请求】{from}想找你谈心谈话，请和他约个时间。谈完后可发「记录谈心 {from} 内容」记下来；还没谈的请求，发「谈心请求」可以再看。";

    public const string SuggestionKeyword = "匿名建议";

    /// <summary>The answer to a bare "告诉书记": what the member wants the 书记 to hear decides the way.</summary>
    public const string WhatToTellTheSecretary =
        "想让书记知道什么呢？想当面和书记谈谈，点「告诉书记」，我请他和你约时间；想把近况、困难或想法写给书记，点「谈心」（内容只有你和书记能看到）；想提意见又不想署名，点「匿名建议」。";

    /// <summary>The answer to a suggestion that does not say whether it is signed.</summary>
    public const string SignedOrAnonymousSuggestion =
        "谢谢你的建议！可以署名写给书记：点「署名写给书记」，我把它记在谈心里「对支部工作的意见建议」这一项（内容只有你和书记能看到，提交前可以修改）；不想署名，点「匿名建议」，不记录你的身份。";

    public const string SignedSuggestionButton = "署名写给书记";

    /// <summary>The line under 谈心情况 when the viewer has 谈心请求 waiting.</summary>
    public static string RequestsWaiting(int count) => $"\n另有{count}位同志向你提出了谈心请求、还没有谈，发「谈心请求」查看。";

    public static string RecordTalkWith(string name) => $"记录谈心 {name}";

    public static string NoOpenTalkRequests(string view) =>
        $"目前没有同志向你提出还没谈的谈心请求（谈过并记下的不再列出）。{(view == CoverageView ? "今年谁和谁还没谈过，可以点「谈心情况」查看。" : "你参加过的谈心谈话，可以点「谈心记录」查看。")}";

    public static string OpenTalkRequests(IReadOnlyList<OpenTalkRequest> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        var text = new StringBuilder($"有 {open.Count} 位同志想找你谈心，还没有谈：");
        foreach (var request in open)
        {
            text.Append("\n• ").Append(request.From.Name).Append("（").Append(When(request.RequestedAt)).Append("提出）");
        }

        return text.Append($"\n请和{(open.Count == 1 ? "他" : "他们")}约个时间；谈完后发「记录谈心 姓名」记下来，请求就不再列出。").ToString();
    }

    /// <summary>The answer to "书记找过我谈话没": the talks the member took part in are in 谈心记录 (谈心情况 for the committee).</summary>
    public static string WhereTalksAre(string view) =>
        view == CoverageView
            ? "今年谁和谁谈过、谁还没谈，可以点「谈心情况」查看；有谁想找你谈心、还没谈，发「谈心请求」。"
            : "你参加过的谈心谈话（谁和你谈的、哪天），可以点「谈心记录」查看；有谁想找你谈心、还没谈，发「谈心请求」。";

    /// <summary>"11月25日 10:30", branch-local: when a request was made, or a record viewed (访问日志).</summary>
    private static string When(DateTimeOffset local) =>
        $"{local.Month}月{local.Day}日 {local.ToString("HH:mm", CultureInfo.InvariantCulture)}";
}
