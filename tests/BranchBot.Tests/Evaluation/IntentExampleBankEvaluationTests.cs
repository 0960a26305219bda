using BranchBot.Dialogs.Intents;
using BranchBot.Dialogs.Intents.Examples;
using BranchBot.Tests.Intents;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BranchBot.Tests.Evaluation;

/// <summary>
/// The example bank measured leave one file out (issue 13): for each tuning file, the bank built without that file's
/// lines judges them. Printed per file: the bank's own label accuracy, and for the veto (<see cref="ExampleVeto"/>) how
/// many of the rules' sure write readings it turns into a question, how many of those were wrong (the good it does) and
/// how many right (its cost); then, for every tuning file's first-run silent writes named in docs/benchmarks.md, which
/// the bank without that file would have turned into a question. A grid over the number of neighbours and the threshold
/// is printed to choose them; the floors hold the chosen ones. Only tuning files are read, never a held-out one.
/// </summary>
public class IntentExampleBankEvaluationTests(ITestOutputHelper output)
{
    internal static readonly string[] TuningFiles =
    [
        "intents.tsv", "oversight-intents.tsv", "tester-intents.tsv", "tester-intents-2.tsv", "tester-intents-3.tsv", "tester-intents-4.tsv",
        "tester-intents-5.tsv", "tester-intents-6.tsv", "tester-intents-7.tsv", "tester-intents-8.tsv", "tester-intents-9.tsv",
        "tester-intents-10.tsv", "tester-intents-11.tsv",
    ];

    // The veto may turn at most 1% of the rules' right sure write readings into questions, leave one file out.
    private const double CostCeiling = 0.01;

    // Of the first-run silent writes below that were a free sentence read as the wrong command, at least this many are
    // turned into a question by the bank without their file (measured 2026-12-06; docs/benchmarks.md).
    private const int FirstRunCaughtFloor = 10;

    private static readonly int[] NeighbourChoices = [5, 8];

    private static readonly double[] SmoothingChoices = [0.02, 0.05, 0.1, 0.2];

    private static readonly double[] ThresholdChoices = [0.05, 0.1, 0.2, 0.3];

    private static readonly double[] TopChoices = [0, 0.6, 0.8, 0.9];

    private static readonly double[] NearestChoices = [0, 0.4, 0.5, 0.6];

    /// <summary>
    /// The texts of the tester files' first-run silent writes as docs/benchmarks.md lists them (before each file's round
    /// fixed them), with the command the first run read and whether the message was typed with the keyword first (the
    /// catalogue ran it as typed; the veto leaves typed commands alone).
    /// </summary>
    private static readonly FirstRunSilentWrite[] FirstRunSilentWrites =
    [
        new("tester-intents-5.tsv", "听说支委会要取消了？", "取消会议", false),
        new("tester-intents-5.tsv", "别把王芳删了", "移除党员", false),
        new("tester-intents-5.tsv", "刘洋的假我昨天已经批了", "批准请假", false),
        new("tester-intents-5.tsv", "签到码在哪里看", "签到", true),
        new("tester-intents-5.tsv", "安排 支部会 下周五下午3点", "安排", true),
        new("tester-intents-5.tsv", "周五支部会来不了，家里有事", "请假", false),
        new("tester-intents-5.tsv", "添加党员：何军、第一党小组", "添加党员", true),
        new("tester-intents-5.tsv", "发通知给第一党小组：周六上午打扫卫生", "广播", false),
        new("tester-intents-6.tsv", "按排下周四下午三点党远大会三楼会议室", "安排", false),
        new("tester-intents-6.tsv", "周五的只委会取消吧", "取消会议", false),
        new("tester-intents-6.tsv", "安排下周二晚上七点支委会 线上 顺便通知大家", "安排", true),
        new("tester-intents-6.tsv", "我的请假", "请假", false),
        new("tester-intents-6.tsv", "看看我的请假记录", "请假", false),
        new("tester-intents-6.tsv", "王芳讲支委会改到周六了", "修改会议", false),
        new("tester-intents-6.tsv", "张丽华跟我说想当支委", "设置角色", false),
        new("tester-intents-6.tsv", "刘洋的假先不批", "不批准请假", false),
        new("tester-intents-6.tsv", "签到老是签不上", "签到", true),
        new("tester-intents-6.tsv", "谈心的事我想想再说", "谈心", false),
        new("tester-intents-6.tsv", "本来想请假的 后来还是去了", "请假", false),
        new("tester-intents-6.tsv", "下周那个大会我请个假", "请假", false),
        new("tester-intents-6.tsv", "书记我礼拜五的只委会请个假 要出差", "请假", false),
        new("tester-intents-6.tsv", "下周三的会改成3pm", "修改会议", false),
        new("tester-intents-8.tsv", "收到刘洋11月党费", "收到", true),
        new("tester-intents-8.tsv", "谈心记录：陈静，11月24日，聊了入党积极分子培养的事", "谈心记录", true),
        new("tester-intents-8.tsv", "会议记录昨天就补过了", "会议记录", true),
        new("tester-intents-8.tsv", "台账是干嘛用的", "台账", true),
        new("tester-intents-8.tsv", "周五支委会我到时候会签到的", "签到", false),
        new("tester-intents-8.tsv", "明天我会早点到会场签到", "签到", false),
        new("tester-intents-8.tsv", "王芳的邀请码我昨天给过她了", "邀请码", false),
        new("tester-intents-8.tsv", "请假的事…", "请假", true),
        new("tester-intents-8.tsv", "党员大会改到五楼，时间改成三点", "修改会议", false),
        new("tester-intents-9.tsv", "陈静的假先别驳回", "不批准请假", false),
        new("tester-intents-9.tsv", "签到等会儿再说", "签到", true),
        new("tester-intents-9.tsv", "等我确定了再请假", "请假", false),
        new("tester-intents-9.tsv", "帮我请假和交党费", "请假", false),
        new("tester-intents-9.tsv", "下周三党元大会请假 出差", "请假", false),
        new("tester-intents-9.tsv", "安排主题当日 下周六上午九点", "安排", true),
        new("tester-intents-9.tsv", "签到请况", "签到", true),
        new("tester-intents-9.tsv", "[发怒]刘洋又没来，把他删了算了", "移除党员", false),
        new("tester-intents-9.tsv", "陈静让我问问能不能把她的假批了", "批准请假", false),
        new("tester-intents-9.tsv", "王芳问能不能给她发个新邀请码", "邀请码", false),
        new("tester-intents-9.tsv", "明天的会改到后天", "修改会议", false),
        new("tester-intents-9.tsv", "请假次数多了会怎样", "请假", true),
        new("tester-intents-10.tsv", "签到 情况", "签到", true),
        new("tester-intents-10.tsv", "党员大会 签到 情况", "签到", false),
        new("tester-intents-10.tsv", "广播 记录", "广播", true),
        new("tester-intents-10.tsv", "谈心 情况", "谈心", true),
        new("tester-intents-10.tsv", "催收会不会太打扰人", "催收", true),
        new("tester-intents-10.tsv", "谈心记录要写多少字", "谈心记录", true),
        new("tester-intents-10.tsv", "匿名建议一般多久回复", "匿名建议", false),
        new("tester-intents-10.tsv", "会议记录谁来写", "会议记录", false),
        new("tester-intents-10.tsv", "签到码去哪找", "签到", false),
        new("tester-intents-10.tsv", "陈静想当支委", "设置角色", false),
        new("tester-intents-10.tsv", "王芳想换个党小组", "设置党小组", false),
        new("tester-intents-10.tsv", "补录 10月15日下午3点 党员大会 党员活动室", "补录", true),
        new("tester-intents-10.tsv", "看看大家的匿名建议", "匿名建议", false),
        new("tester-intents-11.tsv", "嗯我那个周五的支委会要请个假就是要去医院复查", "请假", false),
        new("tester-intents-11.tsv", "嗯那个明天上午十点在社区服务中心搞个主题党日", "安排", false),
        new("tester-intents-11.tsv", "党员大会 签到 谁没到", "签到", false),
        new("tester-intents-11.tsv", "谈心 今年 情况", "谈心", true),
        new("tester-intents-11.tsv", "党费台账我上个月已经对过了", "党费台账", true),
        new("tester-intents-11.tsv", "匿名建议都拿来看看", "匿名建议", true),
        new("tester-intents-11.tsv", "大家匿名提的建议", "匿名建议", false),
    ];

    [Fact]
    public async Task Leave_one_file_out_the_veto_costs_few_right_write_readings_and_catches_first_run_silent_writes()
    {
        var bank = IntentExampleBank.Load();
        Assert.Equal(TuningFiles.Order(StringComparer.Ordinal), bank.Examples.Select(e => e.Source).Distinct().Order(StringComparer.Ordinal));
        var lines = await ReadByRulesAsync();
        var withoutFile = TuningFiles.ToDictionary(file => file, bank.Without);

        output.WriteLine("Grid, leave one file out: bank label accuracy per model; then every rule whose cost is at most 1.5% of the right write readings, most first-run catches first");
        var models = new List<(string Name, Func<IntentExampleBank, string, ExampleVote> Vote)>();
        models.AddRange(NeighbourChoices.Select(k => ($"knn k={k}", (Func<IntentExampleBank, string, ExampleVote>)((bank, clean) => bank.Vote(clean, k)))));
        models.AddRange(SmoothingChoices.Select(a => ($"bayes α={a}", (Func<IntentExampleBank, string, ExampleVote>)((bank, clean) => bank.Bayes(clean, a)))));
        var rows = new List<(string Rule, Tally Tally, int Caught)>();
        foreach (var (name, vote) in models)
        {
            var votes = lines.Select(l => vote(withoutFile[l.File], IntentText.Clean(l.Text))).ToArray();
            var firstVotes = FirstRunSilentWrites.Select(e => vote(withoutFile[e.File], IntentText.Clean(e.Text))).ToArray();
            var bankRight = lines.Where((l, i) => votes[i].Top == l.Label).Count();
            output.WriteLine($"{name}: bank {bankRight}/{lines.Count} = {100.0 * bankRight / lines.Count:F1}%");
            foreach (var below in ThresholdChoices)
            {
                foreach (var top in TopChoices)
                {
                    foreach (var nearest in NearestChoices)
                    {
                        foreach (var askOrNone in new[] { false, true })
                        {
                            bool Rule(IntentMatch reading, ExampleVote v) => ExampleVeto.Doubts(reading, v, below, top, nearest, askOrNone);
                            var tally = Count(lines, votes, Rule);
                            var caught = FirstRunCaught(firstVotes, Rule).Count(c => c.Caught);
                            rows.Add(($"{name} below {below:F2} top≥{top:F1} nearest≥{nearest:F1}{(askOrNone ? " ASK/NONE only" : string.Empty)}", tally, caught));
                        }
                    }
                }
            }
        }

        foreach (var (rule, tally, caught) in rows.Where(r => r.Tally.Cost <= r.Tally.RightWrites * 0.015).OrderByDescending(r => r.Caught).ThenByDescending(r => r.Tally.Good).ThenBy(r => r.Tally.Cost).Take(40))
        {
            output.WriteLine($"  {rule}: first-run caught {caught}; vetoed {tally.Good} good + {tally.Cost} cost ({100.0 * tally.Cost / tally.RightWrites:F2}%); silent writes {tally.SilentBefore} → {tally.SilentAfter}; right {tally.RightBefore} → {tally.RightAfter}");
        }

        var chosen = lines.Select(l => ExampleVeto.Vote(withoutFile[l.File], IntentText.Clean(l.Text))).ToArray();
        output.WriteLine(string.Empty);
        output.WriteLine($"Chosen: naive Bayes α={ExampleVeto.Smoothing}, veto below {ExampleVeto.VetoBelow:F2}, top ≥ {ExampleVeto.TopAtLeast:F1}, nearest ≥ {ExampleVeto.NearestAtLeast:F1}, ASK/NONE only {ExampleVeto.OnlyAskOrNone}. Per file (the bank without that file):");
        output.WriteLine("| file | lines | bank right | rules' sure write readings (right) | vetoed | good | cost | silent writes before → after | right before → after |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var file in TuningFiles)
        {
            var indices = Enumerable.Range(0, lines.Count).Where(i => lines[i].File == file).ToArray();
            var fileLines = indices.Select(i => lines[i]).ToList();
            var fileVotes = indices.Select(i => chosen[i]).ToArray();
            var tally = Count(fileLines, fileVotes, ExampleVeto.Doubts);
            var bankRight = fileLines.Where((l, i) => fileVotes[i].Top == l.Label).Count();
            output.WriteLine($"| `{file}` | {fileLines.Count} | {bankRight} ({100.0 * bankRight / fileLines.Count:F1}%) | {tally.Writes} ({tally.RightWrites}) | {tally.Good + tally.Cost} | {tally.Good} | {tally.Cost} | {tally.SilentBefore} → {tally.SilentAfter} | {tally.RightBefore} → {tally.RightAfter} |");
            foreach (var (line, vote) in fileLines.Zip(fileVotes).Where(p => Vetoed(p.First, p.Second, ExampleVeto.Doubts)))
            {
                output.WriteLine($"    {(line.Right ? "COST" : "good")}: {line.Text} → {line.Reading!.Command} (expected {line.Expected}; bank {Describe(vote)})");
            }
        }

        var total = Count(lines, chosen, ExampleVeto.Doubts);
        output.WriteLine($"| all | {lines.Count} | | {total.Writes} ({total.RightWrites}) | {total.Good + total.Cost} | {total.Good} | {total.Cost} | {total.SilentBefore} → {total.SilentAfter} | {total.RightBefore} → {total.RightAfter} |");

        output.WriteLine(string.Empty);
        output.WriteLine("First-run silent writes (docs/benchmarks.md), judged by the bank without their file:");
        var firstRun = FirstRunCaught(FirstRunSilentWrites.Select(e => ExampleVeto.Vote(withoutFile[e.File], IntentText.Clean(e.Text))).ToArray(), ExampleVeto.Doubts);
        foreach (var entry in firstRun)
        {
            var kind = entry.Caught ? "CAUGHT" : entry.Catchable ? "missed" : entry.Entry.Typed ? "typed (left alone)" : "right command, wrong slots";
            output.WriteLine($"  {kind}: {entry.Entry.Text} → {entry.Entry.ReadAs} (expected {entry.Expected}; bank {Describe(entry.Vote)})");
        }

        output.WriteLine($"caught {firstRun.Count(c => c.Caught)} of {firstRun.Count(c => c.Catchable)} free sentences read as the wrong command ({firstRun.Count} listed; typed commands and slot errors are not the veto's)");

        Assert.True(total.Cost <= total.RightWrites * CostCeiling, $"the veto turns {total.Cost} of {total.RightWrites} right write readings into questions, more than {CostCeiling:P0}");
        Assert.True(firstRun.Count(c => c.Caught) >= FirstRunCaughtFloor, $"{firstRun.Count(c => c.Caught)} first-run silent writes caught, fewer than {FirstRunCaughtFloor}");
        Assert.True(total.SilentAfter <= total.SilentBefore);
    }

    private static bool Vetoed(Line line, ExampleVote vote, Func<IntentMatch, ExampleVote, bool> doubts) =>
        line.Reading is { } reading && ExampleVeto.Applies(reading) && doubts(reading, vote);

    private static Tally Count(IReadOnlyList<Line> lines, IReadOnlyList<ExampleVote> votes, Func<IntentMatch, ExampleVote, bool> doubts)
    {
        var tally = new Tally();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var sureWrite = line.Reading is { } reading && ExampleVeto.Applies(reading);
            var silent = !line.Right && line.Reading is { Confidence: >= IntentRecognizer.RunThreshold, Effect: not IntentEffect.Read };
            tally.Writes += sureWrite ? 1 : 0;
            tally.RightWrites += sureWrite && line.Right ? 1 : 0;
            tally.SilentBefore += silent ? 1 : 0;
            tally.RightBefore += line.Right ? 1 : 0;
            if (Vetoed(line, votes[i], doubts))
            {
                tally.Good += line.Right ? 0 : 1;
                tally.Cost += line.Right ? 1 : 0;
                tally.RightAfter += line.Expected == IntentExampleBank.Ask ? 1 : 0;
            }
            else
            {
                tally.SilentAfter += silent ? 1 : 0;
                tally.RightAfter += line.Right ? 1 : 0;
            }
        }

        return tally;
    }

    private static List<FirstRunJudgement> FirstRunCaught(IReadOnlyList<ExampleVote> votes, Func<IntentMatch, ExampleVote, bool> doubts)
    {
        var judged = new List<FirstRunJudgement>();
        for (var i = 0; i < FirstRunSilentWrites.Length; i++)
        {
            var entry = FirstRunSilentWrites[i];
            var expected = ExpectedOf(entry);
            Assert.True(expected is not null, $"「{entry.Text}」 is not a line of {entry.File}");
            var catchable = !entry.Typed && expected!.Split('|')[0] != entry.ReadAs;
            var reading = new IntentMatch(entry.ReadAs, entry.Text, IntentEffect.Write, 1, new Dictionary<string, string>());
            judged.Add(new FirstRunJudgement(entry, expected!, votes[i], catchable, catchable && doubts(reading, votes[i])));
        }

        return judged;
    }

    private static readonly Dictionary<FirstRunSilentWrite, string?> Expectations = [];

    private static string? ExpectedOf(FirstRunSilentWrite entry)
    {
        lock (Expectations)
        {
            if (!Expectations.TryGetValue(entry, out var expected))
            {
                Expectations[entry] = expected = IntentEvaluationTests.Load(EvaluationFile(entry.File)).Where(l => l.Text == entry.Text).Select(l => l.Expected).FirstOrDefault();
            }

            return expected;
        }
    }

    private static string Describe(ExampleVote vote) =>
        string.Join(' ', vote.Shares.OrderByDescending(s => s.Value).Take(3).Select(s => $"{s.Key} {s.Value:F2}")) + $", nearest {vote.Nearest:F2}";

    private static string EvaluationFile(string file) => Path.Combine(AppContext.BaseDirectory, "Evaluation", file);

    private static async Task<List<Line>> ReadByRulesAsync()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        var recognizer = bot.Services.GetRequiredService<IntentRecognizer>();
        var inputs = bot.Services.GetRequiredService<IntentInputReader>();
        var secretary = await branch.SecretarySenderAsync();
        var lines = new List<Line>();
        foreach (var file in TuningFiles)
        {
            foreach (var (category, text, expected) in IntentEvaluationTests.Load(EvaluationFile(file)).Where(l => l.Category is "intent" or "none"))
            {
                var readings = await recognizer.ReadByRulesAsync(inputs.Read(text, secretary), CancellationToken.None);
                var reading = readings.Count == 0 ? null : readings[0];
                lines.Add(new Line(file, text, expected, expected.Split('|')[0], reading, IntentEvaluationTests.Matches(reading, expected)));
            }
        }

        return lines;
    }

    private sealed record Line(string File, string Text, string Expected, string Label, IntentMatch? Reading, bool Right);

    private sealed record FirstRunSilentWrite(string File, string Text, string ReadAs, bool Typed);

    private sealed record FirstRunJudgement(FirstRunSilentWrite Entry, string Expected, ExampleVote Vote, bool Catchable, bool Caught);

    private sealed class Tally
    {
        public int Writes { get; set; }

        public int RightWrites { get; set; }

        public int Good { get; set; }

        public int Cost { get; set; }

        public int SilentBefore { get; set; }

        public int SilentAfter { get; set; }

        public int RightBefore { get; set; }

        public int RightAfter { get; set; }
    }
}
