using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>"今年谈心谈话完成得怎么样了", "谁还没谈心", "谈心覆盖情况": 谈心情况 (with a year when one is named).</summary>
public sealed partial class TalkCoverageIntent : IIntentRule
{
    public string Command => "谈心情况";

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken) => ValueTask.FromResult(Read(input));

    private IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        if (!Pattern().IsMatch(text) || IntentText.AsksAboutRules(text))
        {
            return null;
        }

        var year = Year().Match(text);
        return new IntentMatch(Command, year.Success ? $"{Command} {year.Groups["year"].Value}" : Command, IntentEffect.Read, 0.85, new Dictionary<string, string>());
    }

    [GeneratedRegex(@"(谈心|谈话).{0,4}谈到(哪|什么)|(谈心|谈话).{0,8}(情况|完成|进度|覆盖|怎么样|多少了|几个了|统计|落实|还差|差多少|还剩)|谁(还)?(没有|没)(谈|谈过|谈心)|(谁|哪些人)(还)?(没有|没).{1,6}谈(过)?(心|话)|(还有)?(谁|哪些人)(还)?没(有)?谈|谈(了|过)(多少|几)个?人|谁(跟|和|同)谁谈(过)?(心|话)|谈(过)?心.{0,4}(汇总|统计)|(今年|这个月|本月|这个?季度|本季度|最近).{0,2}谈(过)?(心|话)(了)?(没有?|吗)$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"(?<year>\d{4})年")]
    private static partial Regex Year();
}
