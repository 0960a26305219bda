using System.Globalization;
using System.Text;

namespace BranchBot.Tests.Knowledge.Evaluation;

/// <summary>The tuning parts of the evaluation set are well formed; the held-out part is never opened here.</summary>
public class EvaluationSetTests
{
    public const string QuestionsFile = "questions.tsv";

    public const string RegulationQuestionsFile = "regulation-questions.tsv";

    public const string WriterQuestionsFile = "writer-questions.tsv";

    public const string SecondWriterQuestionsFile = "writer-questions-2.tsv";

    public const string ThirdWriterQuestionsFile = "writer-questions-3.tsv";

    public const string FourthWriterQuestionsFile = "writer-questions-4.tsv";

    public const string FifthWriterQuestionsFile = "writer-questions-5.tsv";

    public const string SixthWriterQuestionsFile = "writer-questions-6.tsv";

    public const string SeventhWriterQuestionsFile = "writer-questions-7.tsv";

    public const string EighthWriterQuestionsFile = "writer-questions-8.tsv";

    public const string NinthWriterQuestionsFile = "writer-questions-9.tsv";

    public const string TenthWriterQuestionsFile = "writer-questions-10.tsv";

    public const string EleventhWriterQuestionsFile = "writer-questions-11.tsv";

    public const string TwelfthWriterQuestionsFile = "writer-questions-12.tsv";

    public const string ThirteenthWriterQuestionsFile = "writer-questions-13.tsv";

    public const string FourteenthWriterQuestionsFile = "writer-questions-14.tsv";

    public const string FifteenthWriterQuestionsFile = "writer-questions-15.tsv";

    public const string SixteenthWriterQuestionsFile = "writer-questions-16.tsv";
    public const string SeventeenthWriterQuestionsFile = "writer-questions-17.tsv";

    public const string EighteenthWriterQuestionsFile = "writer-questions-18.tsv";

    public const string NineteenthWriterQuestionsFile = "writer-questions-19.tsv";

    public const string TwentiethWriterQuestionsFile = "writer-questions-20.tsv";

    public const string TwentyFirstWriterQuestionsFile = "writer-questions-21.tsv";

    public const string TwentySecondWriterQuestionsFile = "writer-questions-22.tsv";

    public static TheoryData<string> TuningParts => [QuestionsFile, RegulationQuestionsFile, WriterQuestionsFile, SecondWriterQuestionsFile, ThirdWriterQuestionsFile, FourthWriterQuestionsFile, FifthWriterQuestionsFile, SixthWriterQuestionsFile, SeventhWriterQuestionsFile, EighthWriterQuestionsFile, NinthWriterQuestionsFile, TenthWriterQuestionsFile, EleventhWriterQuestionsFile, TwelfthWriterQuestionsFile, ThirteenthWriterQuestionsFile, FourteenthWriterQuestionsFile, FifteenthWriterQuestionsFile, SixteenthWriterQuestionsFile, SeventeenthWriterQuestionsFile, EighteenthWriterQuestionsFile, NineteenthWriterQuestionsFile, TwentiethWriterQuestionsFile, TwentyFirstWriterQuestionsFile, TwentySecondWriterQuestionsFile];

    /// <summary>The two parts written against the entries or the regulations at length; the writer parts are smaller.</summary>
    public static TheoryData<string, int, int> PartSizes => new() { { QuestionsFile, 150, 30 }, { RegulationQuestionsFile, 150, 30 }, { WriterQuestionsFile, 150, 15 }, { SecondWriterQuestionsFile, 150, 15 }, { ThirdWriterQuestionsFile, 150, 20 }, { FourthWriterQuestionsFile, 150, 20 }, { FifthWriterQuestionsFile, 150, 25 }, { SixthWriterQuestionsFile, 150, 25 }, { SeventhWriterQuestionsFile, 150, 30 }, { EighthWriterQuestionsFile, 150, 30 }, { NinthWriterQuestionsFile, 150, 30 }, { TenthWriterQuestionsFile, 150, 30 }, { EleventhWriterQuestionsFile, 150, 25 }, { TwelfthWriterQuestionsFile, 150, 25 }, { ThirteenthWriterQuestionsFile, 150, 25 }, { FourteenthWriterQuestionsFile, 150, 25 }, { FifteenthWriterQuestionsFile, 150, 25 }, { SixteenthWriterQuestionsFile, 150, 25 }, { SeventeenthWriterQuestionsFile, 150, 25 }, { EighteenthWriterQuestionsFile, 150, 25 }, { NineteenthWriterQuestionsFile, 150, 25 }, { TwentiethWriterQuestionsFile, 150, 25 }, { TwentyFirstWriterQuestionsFile, 150, 25 }, { TwentySecondWriterQuestionsFile, 150, 25 } };

    /// <summary>
    /// Questions of the parts written from the regulations worded exactly like an entry phrasing that was written before
    /// them (git history of knowledge/): short questions two writers arrived at independently, not copies. No others may
    /// appear.
    /// </summary>
    private static readonly Dictionary<string, HashSet<string>> IndependentCoincidences = new(StringComparer.Ordinal)
    {
        // Written before knowledge/ was opened; the entry's question happens to be worded the same.
        [EighthWriterQuestionsFile] = new(["光荣在党50年纪念章谁能领"], StringComparer.Ordinal),
        [NinthWriterQuestionsFile] = new(["不交党费会怎样", "停止党籍和开除党籍一样吗"], StringComparer.Ordinal),
        [RegulationQuestionsFile] = new(
            ["入党宣誓由谁组织", "警告和严重警告有什么区别", "基层党委任期几年", "支委候选人谁提名", "组织委员管啥", "临时党支部能发展党员吗", "党籍和党龄有什么区别",
             "两学一做是哪两学", "党员积分制管理怎么搞"],
            StringComparer.Ordinal),
        [WriterQuestionsFile] = new(
            ["预备期是多长时间", "退休了党费按什么交", "党小组会多久开一次", "党小组组长是怎么产生的", "一个党支部最多能有多少党员", "留党察看最长多久"],
            StringComparer.Ordinal),
        [SecondWriterQuestionsFile] = new(["预备党员能当入党介绍人吗"], StringComparer.Ordinal),
        [ThirdWriterQuestionsFile] = new(["党委审批预备党员要多长时间", "不合格党员怎么处置", "什么样的支部算软弱涣散", "书记不在谁主持支委会"], StringComparer.Ordinal),
        // Written before knowledge/ was opened (its header); short questions an entry's phrasing happens to word the same.
        [ThirteenthWriterQuestionsFile] = new(["党员大会多长时间开一次", "支委会一个月开几次", "限期改正最长多久", "党员有哪些义务", "党小组长谁来定"], StringComparer.Ordinal),
        [FourteenthWriterQuestionsFile] = new(["组织委员负责哪些工作", "警告处分影响期多长", "党小组长是选的还是指定的"], StringComparer.Ordinal),
        [FifteenthWriterQuestionsFile] = new(["组织生活会一年开几次", "党员有哪些权利"], StringComparer.Ordinal),
        [SixteenthWriterQuestionsFile] = new(["党费可以一次交半年吗"], StringComparer.Ordinal),
        [SeventeenthWriterQuestionsFile] = new(["预备党员要参加民主评议吗"], StringComparer.Ordinal),
        [NineteenthWriterQuestionsFile] = new(["发展对象要报上级党委预审吗", "警告跟严重警告差在哪", "处分决定要跟本人见面吗"], StringComparer.Ordinal),
        [TwentiethWriterQuestionsFile] = new(["发展对象公示几天", "党费能一次交一年吗"], StringComparer.Ordinal),
        [TwentyFirstWriterQuestionsFile] = new(["组织生活会前要做哪些准备", "入党积极分子是怎么确定的", "党费按工资的百分之几交", "预备党员能转组织关系吗"], StringComparer.Ordinal),
        [TwentySecondWriterQuestionsFile] = new(["预备期一般几年", "党支部的基本任务有哪些", "会议记录要保存几年", "党小组按什么来划分", "党小组会由谁主持", "大学生党员党费交多少", "预备党员要交党费吗"], StringComparer.Ordinal),
    };

    [Theory]
    [MemberData(nameof(PartSizes))]
    public void Each_tuning_part_has_enough_in_scope_and_out_of_scope_questions(string part, int inScope, int outOfScope)
    {
        var questions = Load(part);

        Assert.True(questions.Count(q => q.IsInScope) >= inScope, $"{part}：范围内只有{questions.Count(q => q.IsInScope)}条");
        Assert.True(questions.Count(q => !q.IsInScope && !q.IsNotCovered) >= outOfScope, $"{part}：范围外只有{questions.Count(q => !q.IsInScope && !q.IsNotCovered)}条");
    }

    /// <summary>
    /// The regulation part's not-covered questions were all answered by entries written for their topics (issue 12), so
    /// the party questions no entry answers are counted over both tuning parts.
    /// </summary>
    [Fact]
    public void The_tuning_parts_hold_at_least_20_party_questions_no_entry_answers()
    {
        var notCovered = new[] { QuestionsFile, RegulationQuestionsFile }.SelectMany(Load).Count(q => q.IsNotCovered);

        Assert.True(notCovered >= 20, $"知识库未涵盖的党务问题只有{notCovered}条");
    }

    [Theory]
    [MemberData(nameof(TuningParts))]
    public void Every_label_names_an_existing_entry(string part)
    {
        var entryQuestions = KnowledgeFiles.AllEntries().Select(e => e.Question).ToHashSet(StringComparer.Ordinal);

        var unknown = Load(part).Where(q => q.IsInScope && !entryQuestions.Contains(q.ExpectedQuestion!)).Select(q => $"{part} 第{q.LineNumber}行：{q.ExpectedQuestion}").ToList();

        Assert.True(unknown.Count == 0, string.Join('\n', unknown));
    }

    [Theory]
    [MemberData(nameof(TuningParts))]
    public void No_question_is_a_copy_of_an_entry_question_or_phrasing(string part)
    {
        var phrasings = KnowledgeFiles.AllEntries()
            .SelectMany(e => e.AlternativeQuestions.Append(e.Question))
            .Select(Letters)
            .ToHashSet(StringComparer.Ordinal);

        var copies = Load(part)
            .Where(q => phrasings.Contains(Letters(q.Question)) && !(IndependentCoincidences.TryGetValue(part, out var coincidences) && coincidences.Contains(q.Question)))
            .Select(q => $"{part} 第{q.LineNumber}行：{q.Question}").ToList();

        Assert.True(copies.Count == 0, string.Join('\n', copies));
    }

    [Theory]
    [MemberData(nameof(TuningParts))]
    public void No_question_appears_twice(string part)
    {
        var repeated = Load(part).GroupBy(q => Letters(q.Question), StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.First().Question).ToList();

        Assert.True(repeated.Count == 0, string.Join('\n', repeated));
    }

    /// <summary>Only the first part: it was written against the entries; the regulation part asks what the regulations say.</summary>
    [Fact]
    public void Every_entry_is_asked_for_at_least_once()
    {
        var asked = Load(QuestionsFile).Where(q => q.IsInScope).Select(q => q.ExpectedQuestion!).ToHashSet(StringComparer.Ordinal);

        var neverAsked = KnowledgeFiles.AllEntries().Select(e => e.Question).Where(question => !asked.Contains(question)).ToList();

        Assert.True(neverAsked.Count == 0, string.Join('\n', neverAsked));
    }

    private static IReadOnlyList<EvaluationQuestion> Load(string part) => EvaluationQuestion.Load(KnowledgeFiles.EvaluationPart(part));

    private static string Letters(string text)
    {
        var letters = new StringBuilder(text.Length);
        foreach (var c in text.Where(char.IsLetterOrDigit))
        {
            letters.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }

        return letters.ToString();
    }
}
