namespace BranchBot.Core.Knowledge;

/// <summary>
/// Reads one Markdown knowledge file. Each entry is a "## question" heading, then metadata lines
/// "- 也问：a；b", "- 出处：《document》article" and, where the question's wording misleads, "- 问的是：能不能" (what
/// kind of answer it gives, <see cref="KnowledgeAskedKindNames"/>), then the answer as plain paragraphs.
/// A "# title" line names the document and is not an entry; text between it and the first entry describes the file.
/// See knowledge/README.md.
/// </summary>
public static class KnowledgeFileParser
{
    private const string AlternativesKey = "也问";
    private const string SourceKey = "出处";
    private const string AsksKey = "问的是";
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
                problems.Add(new(fileName, lineNumber, new KnowledgeFileProblem.OutsideEntry()));
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
                case AsksKey when entry.Asks is not null:
                    entry.Problems.Add(new(fileName, lineNumber, new KnowledgeFileProblem.RepeatedKey(key)));
                    break;
                case AlternativesKey:
                    entry.Alternatives = value.Split(AlternativeSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                    if (entry.Alternatives.Length == 0)
                    {
                        entry.Problems.Add(new(fileName, lineNumber, new KnowledgeFileProblem.NoAlternatives()));
                    }

                    break;
                case SourceKey:
                    entry.Source = value;
                    if (value.Length == 0)
                    {
                        entry.Problems.Add(new(fileName, lineNumber, new KnowledgeFileProblem.EmptySource()));
                    }

                    break;
                case AsksKey:
                    entry.Asks = KnowledgeAskedKindNames.Parse(value, out var unknown);
                    if (unknown is not null)
                    {
                        entry.Problems.Add(new(fileName, lineNumber, new KnowledgeFileProblem.UnknownAskedKind(unknown)));
                    }

                    break;
                default:
                    entry.Problems.Add(new(fileName, lineNumber, new KnowledgeFileProblem.UnknownKey(key)));
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
                entry.Problems.Add(new(fileName, entry.LineNumber, new KnowledgeFileProblem.NoQuestion()));
            }
            else if (questionsSeen.TryGetValue(entry.Question, out var firstLine))
            {
                entry.Problems.Add(new(fileName, entry.LineNumber, new KnowledgeFileProblem.RepeatedQuestion(entry.Question, firstLine)));
            }
            else
            {
                questionsSeen.Add(entry.Question, entry.LineNumber);
            }

            if (entry.Source is null)
            {
                entry.Problems.Add(new(fileName, entry.LineNumber, new KnowledgeFileProblem.MissingSource()));
            }

            if (answer.Length == 0)
            {
                entry.Problems.Add(new(fileName, entry.LineNumber, new KnowledgeFileProblem.NoAnswer()));
            }
            else if (answer.Length > KnowledgeEntry.MaxAnswerLength)
            {
                entry.Problems.Add(new(fileName, entry.LineNumber, new KnowledgeFileProblem.AnswerTooLong(answer.Length, KnowledgeEntry.MaxAnswerLength)));
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
                Asks = entry.Asks,
            });
        }
    }

    private sealed class EntryDraft(string question, int lineNumber)
    {
        public string Question { get; } = question;

        public int LineNumber { get; } = lineNumber;

        public string[]? Alternatives { get; set; }

        public string? Source { get; set; }

        public KnowledgeAskedKind? Asks { get; set; }

        public List<string> AnswerLines { get; } = [];

        public List<KnowledgeParseProblem> Problems { get; } = [];
    }
}
