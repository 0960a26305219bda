using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>The knowledge files as the server sees them: the copy in the build output, beside the binaries.</summary>
internal static class KnowledgeFiles
{
    public static string OutputFolder => Path.Combine(AppContext.BaseDirectory, "knowledge");

    public static string RepositoryFolder => Path.Combine(RepositoryRoot(), "knowledge");

    /// <summary>The tuning part of the evaluation set: looked at and tuned on.</summary>
    public static string EvaluationFile => EvaluationPath("questions.tsv");

    /// <summary>
    /// The second tuning part: questions written from the regulations by an evaluator who never saw the entries,
    /// labelled afterwards. Looked at and tuned on, like <see cref="EvaluationFile"/>.
    /// </summary>
    public static string RegulationEvaluationFile => EvaluationPath("regulation-questions.tsv");

    /// <summary>
    /// The third tuning part: questions written from the regulations by an independent writer who never saw the entries,
    /// labelled afterwards by labellers who tuned nothing.
    /// </summary>
    public static string WriterEvaluationFile => EvaluationPath("writer-questions.tsv");

    public static string SecondWriterEvaluationFile => EvaluationPath("writer-questions-2.tsv");

    /// <summary>Written for issue 12 from the regulations and the coverage list, before knowledge/ was opened; tuned on.</summary>
    public static string ThirdWriterEvaluationFile => EvaluationPath("writer-questions-3.tsv");

    /// <summary>Written for issue 12 in members' phone wording (咋/啥, typos) before knowledge/ was opened; tuned on.</summary>
    public static string FourthWriterEvaluationFile => EvaluationPath("writer-questions-4.tsv");

    /// <summary>
    /// Written for issue 12 in members' situation-first wording (我是预备党员，…) before knowledge/ was opened; first used
    /// untuned to compare answer gates, tuned on after that.
    /// </summary>
    public static string FifthWriterEvaluationFile => EvaluationPath("writer-questions-5.tsv");

    /// <summary>
    /// Written for issue 12 in voice-input, fragment, wrong-premise, 书记-procedure and older members' wording before
    /// knowledge/ was opened; first measured untouched, tuned on after that.
    /// </summary>
    public static string SixthWriterEvaluationFile => EvaluationPath("writer-questions-6.tsv");

    /// <summary>
    /// Written for issue 12 as a regulation sweep, article by article (a 书记's or member's concrete case, a number or claim
    /// to check, asking for someone else, 处理 in its plain sense), before knowledge/ was opened; first measured untouched,
    /// tuned on after that.
    /// </summary>
    public static string SeventhWriterEvaluationFile => EvaluationPath("writer-questions-7.tsv");

    /// <summary>
    /// Written for issue 12 in the styles the earlier parts have least of (phone fragments without a question word,
    /// voice-recogniser homophones, two questions in a line, a situation first, a 书记 running the branch, why questions)
    /// and on the articles they touch least, before knowledge/ was opened; first measured untouched, tuned on after that.
    /// </summary>
    public static string EighthWriterEvaluationFile => EvaluationPath("writer-questions-8.tsv");

    /// <summary>
    /// Written for issue 12 in the styles the earlier parts have least of (a wrong premise to correct, consequences,
    /// comparisons, numbers, a retired member's long speech, an applicant's own path, members working away, dialect
    /// wording), before knowledge/ was opened; first measured untouched, tuned on after that.
    /// </summary>
    public static string NinthWriterEvaluationFile => EvaluationPath("writer-questions-9.tsv");

    /// <summary>
    /// Written for issue 12 as an article sweep (one or two phone questions per article of the 支部工作条例, 发展党员工作细则,
    /// 党员教育管理工作条例, 基层组织选举工作条例, the 党费 rules, the 党章 and the 纪律处分条例), before knowledge/ was opened;
    /// first measured untouched, tuned on after that.
    /// </summary>
    public static string TenthWriterEvaluationFile => EvaluationPath("writer-questions-10.tsv");

    /// <summary>
    /// Written for issue 12 as a comparison-and-numbers sweep (two things members confuse, asked as 有啥不一样/是一回事吗/
    /// 哪个更重/先X还是先Y, and every number in the rules asked as 多久/几个/多少/几成), before knowledge/ was opened; first
    /// measured untouched, tuned on after that.
    /// </summary>
    public static string EleventhWriterEvaluationFile => EvaluationPath("writer-questions-11.tsv");

    /// <summary>
    /// Written for issue 12 in the situation style (members describing their own situation and asking what applies, some
    /// lines asking two things whose second half names no subject), before knowledge/ was opened; first measured
    /// untouched, tuned on after that.
    /// </summary>
    public static string TwelfthWriterEvaluationFile => EvaluationPath("writer-questions-12.tsv");

    /// <summary>
    /// Written for issue 12 (helper-ak) in a mix of the styles members type (short and colloquial, situation-style, two-in-one,
    /// numbers written out), before knowledge/ was opened; first measured untouched, tuned on after that.
    /// </summary>
    public static string ThirteenthWriterEvaluationFile => EvaluationPath("writer-questions-13.tsv");

    /// <summary>
    /// Written for issue 12 (helper-an) in the styles members type (situation style, two-in-one, numbers), without reading
    /// the code and before knowledge/ was opened; first measured untouched on main and on helper-al's branch, tuned on after.
    /// </summary>
    public static string FourteenthWriterEvaluationFile => EvaluationPath("writer-questions-14.tsv");

    /// <summary>
    /// Written for issue 12 (helper-ao) in the styles members type, without reading the code and before knowledge/ was
    /// opened; first measured untouched on main and on helper-ap's branch, tuned on after.
    /// </summary>
    public static string FifteenthWriterEvaluationFile => EvaluationPath("writer-questions-15.tsv");

    /// <summary>
    /// Written for issue 12 (helper-ar) in the styles members type, without reading the code and before knowledge/ was
    /// opened; first measured untouched on main and on helper-as's branch, tuned on after.
    /// </summary>
    public static string SixteenthWriterEvaluationFile => EvaluationPath("writer-questions-16.tsv");

    /// <summary>
    /// Written for issue 12 (helper-au) in the styles members type, without reading the code and before knowledge/ was
    /// opened; first measured untouched on main and on helper-av's branch, tuned on after.
    /// </summary>
    public static string SeventeenthWriterEvaluationFile => EvaluationPath("writer-questions-17.tsv");

    /// <summary>
    /// Written for issue 12 (helper-ax) in the styles members type, without reading the code and before knowledge/ was
    /// opened; first measured untouched on helper-ay's branch before any of its lines was read, tuned on after.
    /// </summary>
    public static string EighteenthWriterEvaluationFile => EvaluationPath("writer-questions-18.tsv");

    /// <summary>
    /// Written for issue 12 (helper-ba) in the styles members type, without reading the code and before knowledge/ was
    /// opened; first measured untouched on helper-bb's branch before any of its lines was read, tuned on after.
    /// </summary>
    public static string NineteenthWriterEvaluationFile => EvaluationPath("writer-questions-19.tsv");

    /// <summary>
    /// Written for issue 12 (helper-bd) in the styles members type, without reading the code and before knowledge/ was
    /// opened; first measured untouched on helper-be's branch before any of its lines was read, tuned on after.
    /// </summary>
    public static string TwentiethWriterEvaluationFile => EvaluationPath("writer-questions-20.tsv");

    /// <summary>
    /// Written for issue 12 (helper-bg) in the styles members type, without reading the code and before knowledge/ was
    /// opened; first measured untouched on helper-bh's branch before any of its lines was read, tuned on after.
    /// </summary>
    public static string TwentyFirstWriterEvaluationFile => EvaluationPath("writer-questions-21.tsv");

    /// <summary>
    /// Written for issue 12 (helper-bj) in the styles members type, without reading the code and before knowledge/ was
    /// opened; first measured untouched on helper-bk's branch before any of its lines was read, tuned on after.
    /// </summary>
    public static string TwentySecondWriterEvaluationFile => EvaluationPath("writer-questions-22.tsv");

    /// <summary>The tuning parts by file name, for tests that apply to each.</summary>
    public static string EvaluationPart(string fileName) => EvaluationPath(fileName);

    /// <summary>
    /// A held-out part by its file name (heldout-questions.tsv, heldout-questions-2.tsv, heldout-questions-3.tsv), written by someone else:
    /// measured, never looked at or tuned on. May be absent.
    /// </summary>
    public static string HeldOutEvaluationFile(string fileName) => EvaluationPath(fileName);

    public static IReadOnlyList<string> OutputFiles() =>
        [.. Directory.GetFiles(OutputFolder, "*.md").Order(StringComparer.Ordinal)];

    public static IReadOnlyList<KnowledgeFileResult> ParseAll() => [.. OutputFiles().Select(KnowledgeFileParser.ParseFile)];

    public static IReadOnlyList<KnowledgeEntry> AllEntries() => [.. ParseAll().SelectMany(r => r.Entries)];

    private static string EvaluationPath(string fileName) =>
        Path.Combine(RepositoryRoot(), "tests", "BranchBot.Tests", "Knowledge", "Evaluation", fileName);

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BranchBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("BranchBot.sln not found above " + AppContext.BaseDirectory);
    }
}
