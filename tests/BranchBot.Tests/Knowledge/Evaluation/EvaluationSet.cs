namespace BranchBot.Tests.Knowledge.Evaluation;

/// <summary>
/// The retrieval evaluation set (questions.tsv): one question per line with the question of the entry that should answer
/// it, <see cref="OutOfScope"/> when the bot should decline, or <see cref="NotCovered"/> for a Party-rules question no
/// entry answers (anything but an answer is right). Lines starting with # and the header are skipped.
/// </summary>
internal sealed record EvaluationQuestion(string Question, string? ExpectedQuestion, int LineNumber)
{
    public const string OutOfScope = "out-of-scope";

    public const string NotCovered = "not-covered";

    public bool IsInScope => ExpectedQuestion is not null;

    public bool IsNotCovered { get; init; }

    public static IReadOnlyList<EvaluationQuestion> Load(string path)
    {
        var questions = new List<EvaluationQuestion>();
        var lines = File.ReadAllLines(path);
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            if (line.Length == 0 || line.StartsWith('#') || line == "question\texpected")
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 2 || columns[0].Trim().Length == 0 || columns[1].Trim().Length == 0)
            {
                throw new FormatException($"{Path.GetFileName(path)} line {index + 1}: expected \"question<TAB>expected\".");
            }

            var expected = columns[1].Trim();
            questions.Add(new(columns[0].Trim(), expected is OutOfScope or NotCovered ? null : expected, index + 1) { IsNotCovered = expected == NotCovered });
        }

        return questions;
    }
}
