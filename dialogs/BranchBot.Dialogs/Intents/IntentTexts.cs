namespace BranchBot.Dialogs.Intents;

internal static class IntentTexts
{
    public static string DidYouMean(IReadOnlyList<IntentMatch> likely) => likely.Count == 1
        ? $"你是想「{likely[0].CommandLine}」吗？是的话请点下面的按钮，不是请换个说法。"
        : $"你是想{string.Join("还是", likely.Select(m => $"「{m.CommandLine}」"))}？请点选，都不是请换个说法。";
}
