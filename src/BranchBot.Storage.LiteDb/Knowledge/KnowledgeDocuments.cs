using BranchBot.Core.Knowledge.Entries;
using BranchBot.Core.Knowledge.Feedback;
using BranchBot.Core.Knowledge.Questions;

namespace BranchBot.Storage.LiteDb.Knowledge;

/// <summary>A stored knowledge entry, with the branch that wrote it and who else is answered from it.</summary>
internal sealed class KnowledgeEntryDocument
{
    public string Id { get; set; } = string.Empty;

    /// <summary>The branch that wrote it (and alone may change or delete it).</summary>
    public string BranchId { get; set; } = string.Empty;
    public KnowledgeEntryScope Scope { get; set; }
    public string Question { get; set; } = string.Empty;
    public List<string> AlternativeQuestions { get; set; } = [];
    public string Answer { get; set; } = string.Empty;
    public string Source { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public static KnowledgeEntryDocument From(StoredKnowledgeEntry e, string branchId, KnowledgeEntryScope scope) => new()
    {
        Id = e.Id, BranchId = branchId, Scope = scope, Question = e.Question, AlternativeQuestions = [.. e.AlternativeQuestions], Answer = e.Answer, Source = e.Source,
        CreatedAt = e.CreatedAt, UpdatedAt = e.UpdatedAt, UpdatedBy = e.UpdatedBy,
    };

    public StoredKnowledgeEntry ToEntry() => new()
    {
        Id = Id, Question = Question, AlternativeQuestions = [.. AlternativeQuestions], Answer = Answer, Source = Source,
        CreatedAt = CreatedAt, UpdatedAt = UpdatedAt, UpdatedBy = UpdatedBy, Scope = Scope, OwnerBranchId = BranchId,
    };
}

/// <summary>A 待答 question, keyed "{branch}:{number}" (<see cref="IdOf"/>): members see the number, which counts per branch.</summary>
internal sealed class PendingQuestionDocument
{
    public string Id { get; set; } = string.Empty;
    public string BranchId { get; set; } = string.Empty;
    public int Number { get; set; }
    public string Question { get; set; } = string.Empty;
    public string AskerId { get; set; } = string.Empty;
    public string AskerName { get; set; } = string.Empty;
    public DateTimeOffset AskedAt { get; set; }
    public int? AnswerLogId { get; set; }
    public PendingQuestionState State { get; set; }
    public string? Answer { get; set; }
    public string? AnsweredById { get; set; }
    public string? AnsweredByName { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public string? SavedEntryId { get; set; }
    public DateTimeOffset? SavedAt { get; set; }

    public static string IdOf(string branchId, int number) => $"{branchId}:{number}";

    public static PendingQuestionDocument From(PendingQuestion q, string branchId) => new()
    {
        Id = IdOf(branchId, q.Number), BranchId = branchId, Number = q.Number, Question = q.Question, AskerId = q.AskerId, AskerName = q.AskerName, AskedAt = q.AskedAt, AnswerLogId = q.AnswerLogId,
        State = q.State, Answer = q.Answer, AnsweredById = q.AnsweredById, AnsweredByName = q.AnsweredByName, AnsweredAt = q.AnsweredAt,
        SavedEntryId = q.SavedEntryId, SavedAt = q.SavedAt,
    };

    public PendingQuestion ToQuestion() => new()
    {
        Number = Number, Question = Question, AskerId = AskerId, AskerName = AskerName, AskedAt = AskedAt, AnswerLogId = AnswerLogId,
        State = State, Answer = Answer, AnsweredById = AnsweredById, AnsweredByName = AnsweredByName, AnsweredAt = AnsweredAt,
        SavedEntryId = SavedEntryId, SavedAt = SavedAt,
    };
}

internal sealed class AnswerLogDocument
{
    /// <summary>LiteDB assigns the next number when it is 0 (one sequence for the whole organisation).</summary>
    public int Id { get; set; }
    public string BranchId { get; set; } = string.Empty;
    public string Question { get; set; } = string.Empty;
    public AnswerOutcome Outcome { get; set; }
    public bool Failed { get; set; }
    public string? TopQuestion { get; set; }
    public string? TopStoredId { get; set; }
    public double Score { get; set; }
    public string? AskerId { get; set; }
    public string? AskerName { get; set; }
    public DateTimeOffset AskedAt { get; set; }

    public static AnswerLogDocument From(AnswerLogEntry e, string branchId) => new()
    {
        Id = e.Id, BranchId = branchId, Question = e.Question, Outcome = e.Outcome, Failed = e.Failed, TopQuestion = e.TopQuestion, TopStoredId = e.TopStoredId,
        Score = e.Score, AskerId = e.AskerId, AskerName = e.AskerName, AskedAt = e.AskedAt,
    };

    public AnswerLogEntry ToEntry() => new()
    {
        Id = Id, Question = Question, Outcome = Outcome, TopQuestion = TopQuestion, TopStoredId = TopStoredId, Score = Score,
        AskerId = AskerId, AskerName = AskerName, AskedAt = AskedAt,
    };
}

internal sealed class AnswerFeedbackDocument
{
    /// <summary>"{answer}|{member}": one feedback per member and answer.</summary>
    public string Id { get; set; } = string.Empty;
    public string BranchId { get; set; } = string.Empty;
    public int AnswerLogId { get; set; }
    public string Question { get; set; } = string.Empty;
    public string? EntryQuestion { get; set; }
    public bool Helpful { get; set; }
    public string MemberId { get; set; } = string.Empty;
    public string MemberName { get; set; } = string.Empty;
    public DateTimeOffset At { get; set; }

    public static string IdOf(int answerLogId, string memberId) => $"{answerLogId}|{memberId}";

    public static AnswerFeedbackDocument From(AnswerFeedback f, string branchId) => new()
    {
        Id = IdOf(f.AnswerLogId, f.MemberId), BranchId = branchId, AnswerLogId = f.AnswerLogId, Question = f.Question, EntryQuestion = f.EntryQuestion,
        Helpful = f.Helpful, MemberId = f.MemberId, MemberName = f.MemberName, At = f.At,
    };

    public AnswerFeedback ToFeedback() => new()
    {
        AnswerLogId = AnswerLogId, Question = Question, EntryQuestion = EntryQuestion, Helpful = Helpful, MemberId = MemberId, MemberName = MemberName, At = At,
    };
}
