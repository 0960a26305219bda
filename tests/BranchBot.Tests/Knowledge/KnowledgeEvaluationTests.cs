using BranchBot.Core.Knowledge;
using BranchBot.Tests.Knowledge.Evaluation;
using Xunit.Abstractions;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// The evaluation set through the real index built from the repository's knowledge files: four tuning parts, which
/// thresholds are tuned on and which the assertions guard each on its own (questions.tsv, written against the entries;
/// regulation-questions.tsv, writer-questions.tsv and writer-questions-2.tsv, each written from the regulations by someone
/// who never saw them; writer-questions-3.tsv and writer-questions-4.tsv, written from the regulations before the entries were opened), and the held-out parts (heldout-questions.tsv, heldout-questions-2.tsv, heldout-questions-3.tsv), written like the second and only measured: only its totals are printed, so tuning
/// never sees its questions.
/// </summary>
public class KnowledgeEvaluationTests(ITestOutputHelper output)
{
    private static readonly KnowledgeIndex Index = new(KnowledgeFiles.AllEntries());

    /// <summary>
    /// Precision first: a wrong answer is worse than "没有找到确切规定" with the closest questions, so at least 95% of
    /// answers must be right on each tuning part. Coverage and not-covered floors are the values measured when the gate
    /// was last tuned (docs/benchmarks.md), so a change that loses answers shows.
    /// </summary>
    [Fact]
    public void The_tuning_part_is_answered_with_at_least_95_percent_precision_its_measured_coverage_and_off_topic_declined()
    {
        AssertFloors("tuning", KnowledgeFiles.EvaluationFile, new Floors(Precision: 0.95, Coverage: 0.86, OffTopicDeclined: 0.95, NotCoveredDeclined: 0.95, MinimumNotCovered: 20, MinimumOutOfScope: 30));
    }

    /// <summary>Questions members ask in their own words about what the regulations say: the held-out part's style.</summary>
    [Fact]
    public void The_regulation_part_is_answered_with_at_least_95_percent_precision_its_measured_coverage_and_off_topic_declined()
    {
        AssertFloors("regulation", KnowledgeFiles.RegulationEvaluationFile, new Floors(Precision: 0.95, Coverage: 0.90, OffTopicDeclined: 0.95, NotCoveredDeclined: 0, MinimumNotCovered: 0, MinimumOutOfScope: 30));
    }

    /// <summary>A third writer's questions from the regulations, labelled by people who tuned nothing.</summary>
    [Fact]
    public void The_writer_part_is_answered_with_at_least_95_percent_precision_its_measured_coverage_and_off_topic_declined()
    {
        AssertFloors("writer", KnowledgeFiles.WriterEvaluationFile, new Floors(Precision: 0.95, Coverage: 0.92, OffTopicDeclined: 0.95, NotCoveredDeclined: 0.85, MinimumNotCovered: 9, MinimumOutOfScope: 15));
    }

    /// <summary>
    /// A fifth writer's questions from the regulations (2026-12-03), labelled by people who tuned nothing. Its not-covered
    /// share went from 12/15 to 10/13 when two declined lines got entries (劝退/除名, 书记 training); the three answered are
    /// the same as before.
    /// </summary>
    [Fact]
    public void The_second_writer_part_is_answered_with_at_least_95_percent_precision_its_measured_coverage_and_off_topic_declined()
    {
        AssertFloors("writer2", KnowledgeFiles.SecondWriterEvaluationFile, new Floors(Precision: 0.95, Coverage: 0.859, OffTopicDeclined: 0.95, NotCoveredDeclined: 0.75, MinimumNotCovered: 9, MinimumOutOfScope: 15));
    }

    /// <summary>
    /// Questions written for issue 12 (2026-12-04) from the regulations and the coverage list before knowledge/ was
    /// opened, labelled afterwards and tuned on by the same session.
    /// </summary>
    [Fact]
    public void The_third_writer_part_is_answered_with_at_least_95_percent_precision_its_measured_coverage_and_off_topic_declined()
    {
        AssertFloors("writer3", KnowledgeFiles.ThirdWriterEvaluationFile, new Floors(Precision: 0.95, Coverage: 0.95, OffTopicDeclined: 0.95, NotCoveredDeclined: 0.65, MinimumNotCovered: 3, MinimumOutOfScope: 20));
    }

    /// <summary>
    /// Questions written for issue 12 (2026-12-05) in members' phone wording (咋/啥/能不能, 拼音 typos) before knowledge/
    /// was opened, labelled afterwards and tuned on by the same session. Its one not-covered question got an entry
    /// (入党志愿书填写有误怎么改？), so none is left.
    /// </summary>
    [Fact]
    public void The_fourth_writer_part_is_answered_with_at_least_95_percent_precision_its_measured_coverage_and_off_topic_declined()
    {
        AssertFloors("writer4", KnowledgeFiles.FourthWriterEvaluationFile, new Floors(Precision: 0.95, Coverage: 0.91, OffTopicDeclined: 0.95, NotCoveredDeclined: 0, MinimumNotCovered: 0, MinimumOutOfScope: 20));
    }

    /// <summary>
    /// Questions written for issue 12 (2026-12-05) in members' situation-first wording (我是预备党员，…; 我们支部才5个人，…),
    /// two-clause questions and near-miss off-topic lines, before knowledge/ was opened; measured untuned to compare answer
    /// gates (docs/benchmarks.md, "A seventh part"), tuned on after that. Its precision stays below 95%: most wrong
    /// answers left answer the other half of a two-clause question or a neighbouring case, and the floor is what was measured.
    /// </summary>
    [Fact]
    public void The_fifth_writer_part_is_answered_with_its_measured_precision_coverage_and_off_topic_declined()
    {
        AssertFloors("writer5", KnowledgeFiles.FifthWriterEvaluationFile, new Floors(Precision: 0.95, Coverage: 0.838, OffTopicDeclined: 0.95, NotCoveredDeclined: 0.95, MinimumNotCovered: 1, MinimumOutOfScope: 25));
    }

    /// <summary>
    /// Questions written for issue 12 (2026-12-05) as voice input (no punctuation, homophone slips such as 表绝, 道场, 域备),
    /// very short fragments, wrong premises the answer must correct, the 书记 asking how to run a procedure and older
    /// members' wording (咱们, 组织上), before knowledge/ was opened; first measured untouched (docs/benchmarks.md,
    /// "An eighth part"), tuned on after that. Its precision stays below 95% (most wrong answers left answer the other
    /// half of a two-clause question or a fragment's neighbouring entry); the floors are what was measured.
    /// </summary>
    [Fact]
    public void The_sixth_writer_part_is_answered_with_its_measured_precision_coverage_and_off_topic_declined()
    {
        AssertFloors("writer6", KnowledgeFiles.SixthWriterEvaluationFile, new Floors(Precision: 0.92, Coverage: 0.717, OffTopicDeclined: 0.95, NotCoveredDeclined: 0.95, MinimumNotCovered: 1, MinimumOutOfScope: 25));
    }

    /// <summary>
    /// Questions written for issue 12 (2026-12-05) as a regulation sweep, article by article, before knowledge/ was opened:
    /// a 书记's or member's concrete case, a number or claim to check, asking for someone else, and 处理 in its plain sense;
    /// first measured untouched (docs/benchmarks.md, "A ninth part"), tuned on after that. Its precision stays below 95%
    /// (most wrong answers left answer a neighbouring entry of the same topic); the floors are what was measured.
    /// </summary>
    [Fact]
    public void The_seventh_writer_part_is_answered_with_its_measured_precision_coverage_and_off_topic_declined()
    {
        AssertFloors("writer7", KnowledgeFiles.SeventhWriterEvaluationFile, new Floors(Precision: 0.931, Coverage: 0.627, OffTopicDeclined: 0.95, NotCoveredDeclined: 0.95, MinimumNotCovered: 2, MinimumOutOfScope: 30));
    }

    /// <summary>
    /// Questions written for issue 12 (2026-12-05, helper-n) in the styles the earlier parts have least of (phone fragments
    /// without a question word, voice homophones such as 三汇一课 and 挡龄, two questions in a line, a situation first, a
    /// 书记 running the branch, why questions) and on the articles they touch least, before knowledge/ was opened; first
    /// measured untouched (docs/benchmarks.md, "A tenth part"), tuned on after that. Its precision stays below 95% (most
    /// wrong answers left answer the other clause of a two-clause line, or a why question with the rule's neighbour); the
    /// floors are what was measured.
    /// </summary>
    [Fact]
    public void The_eighth_writer_part_is_answered_with_its_measured_precision_coverage_and_off_topic_declined()
    {
        AssertFloors("writer8", KnowledgeFiles.EighthWriterEvaluationFile, new Floors(Precision: 0.944, Coverage: 0.732, OffTopicDeclined: 0.95, NotCoveredDeclined: 0.95, MinimumNotCovered: 4, MinimumOutOfScope: 30));
    }

    /// <summary>
    /// Questions written for issue 12 (2026-12-06, helper-p) in the styles the earlier parts have least of (a wrong premise to
    /// correct, consequences, comparisons, numbers, a retired member's long speech, an applicant's own path, members working
    /// away, dialect wording), before knowledge/ was opened; first measured untouched (docs/benchmarks.md, "An eleventh
    /// part"), tuned on after that. The floors are what was measured after its round; its three not-covered lines left are
    /// all answered with a neighbouring entry, so that share has no floor yet.
    /// </summary>
    [Fact]
    public void The_ninth_writer_part_is_answered_with_its_measured_precision_coverage_and_off_topic_declined()
    {
        AssertFloors("writer9", KnowledgeFiles.NinthWriterEvaluationFile, new Floors(Precision: 0.93, Coverage: 0.55, OffTopicDeclined: 0.95, NotCoveredDeclined: 0, MinimumNotCovered: 2, MinimumOutOfScope: 30));
    }

    /// <summary>
    /// Questions written for issue 12 (2026-12-06, helper-r) as an article sweep, one or two per article of the regulations a
    /// branch works by, before knowledge/ was opened; first measured untouched (docs/benchmarks.md, "A twelfth part"), tuned
    /// on after that. The floors are what was measured after its round.
    /// </summary>
    [Fact]
    public void The_tenth_writer_part_is_answered_with_its_measured_precision_coverage_and_off_topic_declined()
    {
        AssertFloors("writer10", KnowledgeFiles.TenthWriterEvaluationFile, new Floors(Precision: 0.96, Coverage: 0.78, OffTopicDeclined: 0.95, NotCoveredDeclined: 0.95, MinimumNotCovered: 8, MinimumOutOfScope: 30));
    }

    /// <summary>
    /// Questions written for issue 12 (2026-12-06, helper-t) as a comparison-and-numbers sweep (two things members confuse,
    /// and every number in the rules), before knowledge/ was opened; first measured untouched (docs/benchmarks.md, "A
    /// thirteenth part"), tuned on after that. The floors are what was measured after its round.
    /// </summary>
    [Fact]
    public void The_eleventh_writer_part_is_answered_with_its_measured_precision_coverage_and_off_topic_declined()
    {
        AssertFloors("writer11", KnowledgeFiles.EleventhWriterEvaluationFile, new Floors(Precision: 0.95, Coverage: 0.75, OffTopicDeclined: 0.95, NotCoveredDeclined: 0.78, MinimumNotCovered: 14, MinimumOutOfScope: 25));
    }

    /// <summary>
    /// Questions written for issue 12 (2026-12-06, helper-ad) in the situation style (members describing their own
    /// situation and asking what applies, some lines asking two things whose second half names no subject), before
    /// knowledge/ was opened; first measured untouched (docs/benchmarks.md, "A fourteenth part"), tuned on after that. The
    /// floors are what was measured after the round on the answer gate (helper-af, "The answer gate and the asked clause").
    /// </summary>
    [Fact]
    public void The_twelfth_writer_part_is_answered_with_its_measured_precision_coverage_and_off_topic_declined()
    {
        AssertFloors("writer12", KnowledgeFiles.TwelfthWriterEvaluationFile, new Floors(Precision: 0.96, Coverage: 0.60, OffTopicDeclined: 0.95, NotCoveredDeclined: 0.50, MinimumNotCovered: 8, MinimumOutOfScope: 25));
    }

    /// <summary>
    /// Questions written for issue 12 (2026-12-06, helper-ak) in a mix of the styles members type (short and colloquial,
    /// situation-style, two-in-one, numbers written out), before knowledge/ was opened; first measured untouched on main
    /// and on helper-ai's branch (docs/benchmarks.md, "Asked kinds"), tuned on after that. The floors are what was measured
    /// after that round.
    /// </summary>
    [Fact]
    public void The_thirteenth_writer_part_is_answered_with_its_measured_precision_coverage_and_off_topic_declined()
    {
        AssertFloors("writer13", KnowledgeFiles.ThirteenthWriterEvaluationFile, new Floors(Precision: 0.93, Coverage: 0.808, OffTopicDeclined: 0.95, NotCoveredDeclined: 0.95, MinimumNotCovered: 2, MinimumOutOfScope: 25));
    }

    /// <summary>
    /// Questions written for issue 12 (2026-12-07, helper-an) in the styles members type, before knowledge/ was opened; first
    /// measured untouched on main (109/119 = 91.6%, 68.6%) and on helper-al's branch (110/119 = 92.4%, 69.2%), docs/benchmarks.md
    /// "Member words and regulation words". The floors are what was measured after that round.
    /// </summary>
    [Fact]
    public void The_fourteenth_writer_part_is_answered_with_its_measured_precision_coverage_and_off_topic_declined()
    {
        AssertFloors("writer14", KnowledgeFiles.FourteenthWriterEvaluationFile, new Floors(Precision: 0.965, Coverage: 0.743, OffTopicDeclined: 0.95, NotCoveredDeclined: 0.95, MinimumNotCovered: 9, MinimumOutOfScope: 25));
    }

    /// <summary>
    /// Questions written for issue 12 (2026-12-07, helper-ao) in the styles members type, before knowledge/ was opened; first
    /// measured untouched on main 91219e6 and on helper-ap's branch at 23e4eae, both 120/126 = 95.2% precision and 69.8%
    /// coverage (docs/benchmarks.md "Uncovered situations, situation words and a seventeenth part"). The floors are what was
    /// measured after fixing from it by cause (four lines relabelled to the entry that answers them, each listed there).
    /// </summary>
    [Fact]
    public void The_fifteenth_writer_part_is_answered_with_its_measured_precision_coverage_and_off_topic_declined()
    {
        AssertFloors("writer15", KnowledgeFiles.FifteenthWriterEvaluationFile, new Floors(Precision: 0.99, Coverage: 0.73, OffTopicDeclined: 0.95, NotCoveredDeclined: 0.80, MinimumNotCovered: 6, MinimumOutOfScope: 25));
    }

    /// <summary>
    /// Questions written for issue 12 (2026-12-07, helper-ar) in the styles members type, before knowledge/ was opened; first
    /// measured untouched on main 96bfbde (101/112 = 90.2% precision, 62.3% coverage) and on helper-as's branch after its
    /// steps 1–4 (100/113 = 88.5%, 61.7%), docs/benchmarks.md "Recurring uncovered situations". The floors are what was
    /// measured after fixing from it by cause (four lines relabelled to the entry that answers them, each listed there).
    /// </summary>
    [Fact]
    public void The_sixteenth_writer_part_is_answered_with_its_measured_precision_coverage_and_off_topic_declined()
    {
        AssertFloors("writer16", KnowledgeFiles.SixteenthWriterEvaluationFile, new Floors(Precision: 0.934, Coverage: 0.705, OffTopicDeclined: 0.95, NotCoveredDeclined: 0.88, MinimumNotCovered: 9, MinimumOutOfScope: 25));
    }

    /// <summary>
    /// Questions written for issue 12 (2026-12-07, helper-au) in the styles members type, before knowledge/ was opened; first
    /// measured untouched on main 1d75def and on helper-av's branch before any of its lines was read, both 107/119 = 89.9%
    /// precision and 61.8% coverage (docs/benchmarks.md "Recurring situations, second round"). The floors are what was measured
    /// after fixing from it by cause.
    /// </summary>
    [Fact]
    public void The_seventeenth_writer_part_is_answered_with_its_measured_precision_coverage_and_off_topic_declined()
    {
        AssertFloors("writer17", KnowledgeFiles.SeventeenthWriterEvaluationFile, new Floors(Precision: 0.91, Coverage: 0.64, OffTopicDeclined: 0.95, NotCoveredDeclined: 0.72, MinimumNotCovered: 18, MinimumOutOfScope: 25));
    }

    /// <summary>
    /// Questions written for issue 12 (2026-12-07, helper-ax) in the styles members type, before knowledge/ was opened; first
    /// measured untouched on main 2de9fc1 and on helper-ay's branch before any of its lines was read, both 123/132 = 93.2%
    /// precision and 71.5% coverage (docs/benchmarks.md "Named stages, other employers' sanctions, two-part halves and a
    /// twentieth part"). The floors are that first figure; fixes from it by cause raise them.
    /// </summary>
    [Fact]
    public void The_eighteenth_writer_part_is_answered_with_its_measured_precision_coverage_and_off_topic_declined()
    {
        AssertFloors("writer18", KnowledgeFiles.EighteenthWriterEvaluationFile, new Floors(Precision: 0.95, Coverage: 0.73, OffTopicDeclined: 0.95, NotCoveredDeclined: 0.78, MinimumNotCovered: 19, MinimumOutOfScope: 25));
    }

    /// <summary>
    /// Questions written for issue 12 (2026-12-07, helper-ba) in the styles members type, before knowledge/ was opened; first
    /// measured untouched on helper-bb's branch (main 829d917's knowledge and code) before any of its lines was read:
    /// 118/128 = 92.2% precision, 118/180 = 65.6% coverage, off-topic 25/25, not covered 8/11 (docs/benchmarks.md, helper-bb's
    /// round). Floors raised after fixing by cause (121/130 = 93.1%, 121/180 = 67.2%).
    /// </summary>
    [Fact]
    public void The_nineteenth_writer_part_is_answered_with_its_measured_precision_coverage_and_off_topic_declined()
    {
        AssertFloors("writer19", KnowledgeFiles.NineteenthWriterEvaluationFile, new Floors(Precision: 0.938, Coverage: 0.683, OffTopicDeclined: 0.95, NotCoveredDeclined: 0.72, MinimumNotCovered: 11, MinimumOutOfScope: 25));
    }

    /// <summary>
    /// Questions written for issue 12 (2026-12-07, helper-bd) in the styles members type, before knowledge/ was opened; first
    /// measured untouched on helper-be's branch (main f519552's knowledge and code) before any of its lines was read:
    /// 109/129 = 84.5% precision, 109/177 = 61.6% coverage, off-topic 25/25, not covered 10/14. The floors are that first
    /// figure; fixes from it by cause raise them.
    /// </summary>
    [Fact]
    public void The_twentieth_writer_part_is_answered_with_its_measured_precision_coverage_and_off_topic_declined()
    {
        AssertFloors("writer20", KnowledgeFiles.TwentiethWriterEvaluationFile, new Floors(Precision: 0.872, Coverage: 0.655, OffTopicDeclined: 0.95, NotCoveredDeclined: 0.85, MinimumNotCovered: 14, MinimumOutOfScope: 25));
    }

    /// <summary>
    /// Questions written for issue 12 (2026-12-07, helper-bg) in the styles members type, before knowledge/ was opened; first
    /// measured untouched on helper-bh's branch (main 477b34a's knowledge and code) before any of its lines was read:
    /// 131/143 = 91.6% precision, 131/180 = 72.8% coverage, off-topic 25/25, not covered 6/11. Floors raised after fixing by cause (132/143 = 92.3%, 132/180 = 73.3%, not covered 7/11).
    /// </summary>
    [Fact]
    public void The_twenty_first_writer_part_is_answered_with_its_measured_precision_coverage_and_off_topic_declined()
    {
        AssertFloors("writer21", KnowledgeFiles.TwentyFirstWriterEvaluationFile, new Floors(Precision: 0.929, Coverage: 0.733, OffTopicDeclined: 0.95, NotCoveredDeclined: 0.72, MinimumNotCovered: 11, MinimumOutOfScope: 25));
    }

    /// <summary>
    /// Questions written for issue 12 (2026-12-08, helper-bj) in the styles members type, before knowledge/ was opened; first
    /// measured untouched on helper-bk's branch (main 36ea79e's knowledge and code) before any of its lines was read:
    /// 121/130 = 93.1% precision, 121/178 = 68.0% coverage, off-topic 25/25, not covered 10/13. The floors are that first
    /// figure; fixes from it by cause raise them (not covered 13/13 after the rule on things no entry holds).
    /// </summary>
    [Fact]
    public void The_twenty_second_writer_part_is_answered_with_its_measured_precision_coverage_and_off_topic_declined()
    {
        AssertFloors("writer22", KnowledgeFiles.TwentySecondWriterEvaluationFile, new Floors(Precision: 0.930, Coverage: 0.679, OffTopicDeclined: 0.95, NotCoveredDeclined: 0.99, MinimumNotCovered: 13, MinimumOutOfScope: 25));
    }

    /// <summary>
    /// Two held-out parts: the first (2026-12-02) has guided earlier rounds by its totals; the second (2026-12-03,
    /// written and labelled by people who tuned nothing) was first measured before the round it reports on.
    /// </summary>
    [Theory]
    [InlineData("heldout-questions.tsv")]
    [InlineData("heldout-questions-2.tsv")]
    [InlineData("heldout-questions-3.tsv")]
    [InlineData("heldout-questions-4.tsv")]
    [InlineData("heldout-questions-5.tsv")]
    public void The_held_out_part_is_measured_and_reported_on_its_own(string fileName)
    {
        var path = KnowledgeFiles.HeldOutEvaluationFile(fileName);
        if (!File.Exists(path))
        {
            output.WriteLine("held-out: not present (" + fileName + ")");
            return;
        }

        var questions = EvaluationQuestion.Load(path);
        var entryQuestions = KnowledgeFiles.AllEntries().Select(e => e.Question).ToHashSet(StringComparer.Ordinal);
        var unknownLabels = questions.Count(q => q.IsInScope && !entryQuestions.Contains(q.ExpectedQuestion!));
        Assert.True(unknownLabels == 0, $"{fileName}：{unknownLabels} 条标注的条目已不存在（合并条目时须同样改名，勿打印其内容）");

        var report = EvaluationReport.Run(Index, questions);
        output.WriteLine(report.Summary("held-out " + fileName));

        Assert.True(report.InScope + report.OutOfScope + report.NotCovered > 0, "保留集没有问题");
    }

    private void AssertFloors(string part, string path, Floors floors)
    {
        var report = EvaluationReport.Run(Index, EvaluationQuestion.Load(path));
        output.WriteLine(report.Summary(part));
        report.Misses.ToList().ForEach(output.WriteLine);

        Assert.True(report.InScope >= 150 && report.OutOfScope >= floors.MinimumOutOfScope && report.NotCovered >= floors.MinimumNotCovered, $"{part}：评测集只有{report.InScope}条范围内、{report.OutOfScope}条范围外、{report.NotCovered}条未涵盖的问题");
        Assert.True(report.Precision >= floors.Precision, $"{part}：作答准确率 {report.Precision:P1}");
        Assert.True(report.Coverage >= floors.Coverage, $"{part}：覆盖率 {report.Coverage:P1}");
        Assert.True(report.DeclineRate >= floors.OffTopicDeclined, $"{part}：范围外拒答率 {report.DeclineRate:P1}");
        Assert.True(report.NotCoveredRate >= floors.NotCoveredDeclined, $"{part}：未涵盖问题未作答比例 {report.NotCoveredRate:P1}");
    }

    /// <summary>
    /// What one tuning part must keep: shares of answered, in-scope, off-topic and not-covered questions. The regulation part has no not-covered questions left (entries were written for
    /// their topics), so its not-covered floor is checked on the held-out part's figures in docs/benchmarks.md instead.
    /// </summary>
    private sealed record Floors(double Precision, double Coverage, double OffTopicDeclined, double NotCoveredDeclined, int MinimumNotCovered, int MinimumOutOfScope);
}
