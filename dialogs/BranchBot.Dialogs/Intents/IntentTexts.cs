namespace BranchBot.Dialogs.Intents;

internal static class IntentTexts
{
    // Said both to a guess declined ("你是想…吗？") and to an offer the member does not want ("要告诉书记吗？").
    public const string OfferDeclined = "好的，不做了。如果是我没理解对你的意思，可以换个说法再说一遍，或发送「帮助」看看我能做什么。";

    public const string PickOne = "请点选你要做的是哪一个：";

    /// <summary>A command that writes at once is sent only by its button, so its question does not invite a typed 是.</summary>
    public static string DidYouMean(IReadOnlyList<IntentMatch> likely) => likely.Count == 1
        ? likely[0].Effect == IntentEffect.Write
            ? $"你是想「{likely[0].CommandLine}」吗？是的话请点下面的按钮确认（点了才会生效），不是请换个说法。"
            : $"你是想「{likely[0].CommandLine}」吗？是的话请点下面的按钮（或回复「是」），不是请换个说法。"
        : $"你是想{string.Join("还是", likely.Select(m => $"「{m.CommandLine}」"))}？请点选，都不是请换个说法。";

    /// <summary>A sentence that names a command without asking for it now: nothing was done, and the command is offered.</summary>
    public static string MentionedOnly(string command) =>
        $"这句话说到了「{command}」，我没有办理任何事。如果现在要办，请点下面的「{command}」；想了解怎么用，请点「{HelpOn(command)}」。";

    public static string HelpOn(string command) => $"{Bot.HelpTexts.HelpWord} {command}";

    public static string NoNamedMeetingToChange(string described) =>
        $"近期没有「{described}」，所以没有修改任何会议。请点「近期安排」看看是哪一次，再发「修改会议」。";

    public static string NoNamedMeetingForLeave(string described) =>
        $"近期没有你要参加的「{described}」，所以没有为它请假。请点「近期安排」看看是哪一次；要为其中一次请假，请发「请假 原因」。";

    public static string SecondRequestLeft(string second) =>
        $"这条消息里有两件事，我先办第一件。另一件事「{second}」还没有办，请办完这件后再发一次。";

    public static string SecondRequestOffered(string second, string button) =>
        $"这条消息里有两件事，我先办第一件。另一件事「{second}」要办的话请点「{button}」按钮。";

    public static string OfferWithReason(string line) => $"好的，请点下面的「{line}」提交请假申请（点了才会生效）。";

    public static string PressToConfirm(string title) => $"好的。这一步会直接生效，请点下面的「{title}」按钮确认。";
}
