namespace BranchBot.Core.Knowledge;

/// <summary>
/// Reads one Markdown knowledge file. Each entry is a "## question" heading, then metadata lines
/// "- 也问：a；b" and "- 出处：《document》article", then the answer as plain paragraphs.
/// A "# title" line names the document and is not an entry; text between it and the first entry describes the file.
/// See knowledge/README.md.
/// </summary>
public static class KnowledgeFileParser
{
    private const string AlternativesKey = "也问";
    private const string SourceKey = "出处";
    private static readonly char[] AlternativeSeparators = ['；', ';'];

    public static KnowledgeFileResult ParseFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(Path.GetFileName(path), File.ReadAllText(path));
    }

    public static KnowledgeFileResult Parse(string fileName, string text)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(text);

        var entries = new List<KnowledgeEntry>();
        var problems = new List<KnowledgeParseProblem>();
        var questionsSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        EntryDraft? draft = null;
        var afterTitle = false;

        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var lineNumber = index + 1;
            var line = lines[index].Trim();

            if (line.StartsWith("## ", StringComparison.Ordinal) || line == "##")
            {
                Finish(draft);
                afterTitle = false;
                draft = new EntryDraft(line[2..].Trim(), lineNumber);
                continue;
            }

            if (line.StartsWith("# ", StringComparison.Ordinal) || line == "#")
            {
                Finish(draft);
                draft = null;
                afterTitle = true;
                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            if (draft is null && afterTitle)
            {
                continue;
            }

            if (draft is null)
            {
                problems.Add(new(fileName, lineNumber, "这段文字不属于任何条目，请放在“## 问题”标题之下。"));
            }
            else if (draft.AnswerLines.Count == 0 && line.StartsWith("- ", StringComparison.Ordinal))
            {
                ReadMetadata(draft, line[2..].Trim(), lineNumber);
            }
            else
            {
                draft.AnswerLines.Add(line);
            }
        }

        Finish(draft);
        return new KnowledgeFileResult(entries, problems);

        void ReadMetadata(EntryDraft entry, string content, int lineNumber)
        {
            var colon = content.IndexOfAny(['：', ':']);
            var key = colon < 0 ? content : content[..colon].Trim();
            var value = colon < 0 ? "" : content[(colon + 1)..].Trim();

            switch (key)
            {
                case AlternativesKey when entry.Alternatives is not null:
                case SourceKey when entry.Source is not null:
                    entry.Problems.Add(new(fileName, lineNumber, $"“{key}”在同一条目中出现了两次。"));
                    break;
                case AlternativesKey:
                    entry.Alternatives = value.Split(AlternativeSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                    if (entry.Alternatives.Length == 0)
                    {
                        entry.Problems.Add(new(fileName, lineNumber, "“也问”后面没有写任何问法。"));
                    }

                    break;
                case SourceKey:
                    entry.Source = value;
                    if (value.Length == 0)
                    {
                        entry.Problems.Add(new(fileName, lineNumber, "“出处”后面是空的，请写明文件和条款，或“各地常见做法”。"));
                    }

                    break;
                default:
                    entry.Problems.Add(new(fileName, lineNumber, $"不认识的条目信息“{key}”，只能写“也问：”或“出处：”。"));
                    break;
            }
        }

        void Finish(EntryDraft? entry)
        {
            if (entry is null)
            {
                return;
            }

            var answer = string.Join('\n', entry.AnswerLines);
            if (entry.Question.Length == 0)
            {
                entry.Problems.Add(new(fileName, entry.LineNumber, "“##”后面没有写问题。"));
            }
            else if (questionsSeen.TryGetValue(entry.Question, out var firstLine))
            {
                entry.Problems.Add(new(fileName, entry.LineNumber, $"问题“{entry.Question}”在第{firstLine}行已经写过。"));
            }
            else
            {
                questionsSeen.Add(entry.Question, entry.LineNumber);
            }

            if (entry.Source is null)
            {
                entry.Problems.Add(new(fileName, entry.LineNumber, "条目缺少“- 出处：”一行。"));
            }

            if (answer.Length == 0)
            {
                entry.Problems.Add(new(fileName, entry.LineNumber, "条目没有答案。"));
            }
            else if (answer.Length > KnowledgeEntry.MaxAnswerLength)
            {
                entry.Problems.Add(new(fileName, entry.LineNumber, $"答案有{answer.Length}字，超过了{KnowledgeEntry.MaxAnswerLength}字的上限，请拆分或精简。"));
            }

            if (entry.Problems.Count > 0)
            {
                problems.AddRange(entry.Problems);
                return;
            }

            entries.Add(new KnowledgeEntry
            {
                Question = entry.Question,
                AlternativeQuestions = entry.Alternatives ?? [],
                Answer = answer,
                Source = KnowledgeSource.Parse(entry.Source!),
                FileName = fileName,
                LineNumber = entry.LineNumber,
            });
        }
    }

    private sealed class EntryDraft(string question, int lineNumber)
    {
        public string Question { get; } = question;

        public int LineNumber { get; } = lineNumber;

        public string[]? Alternatives { get; set; }

        public string? Source { get; set; }

        public List<string> AnswerLines { get; } = [];

        public List<KnowledgeParseProblem> Problems { get; } = [];
    }
}
