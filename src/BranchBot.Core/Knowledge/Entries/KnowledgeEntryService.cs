using BranchBot.Core.Membership;

namespace BranchBot.Core.Knowledge.Entries;

/// <summary>
/// Lists the entries in use (files and database) and adds, corrects or deletes database entries. Every change is
/// checked, written under one lock and followed by a rebuilt index, so the next question already sees it.
/// Changes need a committee member (书记, 副书记, 支委); reads are for any caller that was let in.
/// </summary>
public sealed class KnowledgeEntryService(
    IKnowledgeEntryStore store, KnowledgeBase knowledge, KnowledgeWriteLock gate, TimeProvider time, Organisation.BranchContext? branch = null)
{
    /// <summary>Every entry answering questions now, database entries last.</summary>
    public async Task<IReadOnlyList<KnowledgeEntryView>> ListAsync(CancellationToken cancellationToken)
    {
        var stored = await store.ListAsync(cancellationToken);
        var storedKeys = stored.Select(s => s.QuestionKey).ToHashSet(StringComparer.Ordinal);
        var fileKeys = FileKeys();
        return [.. knowledge.FileEntries.Where(e => !storedKeys.Contains(KnowledgeEntries.Key(e.Question))).Select(KnowledgeEntryView.FromFile),
            .. stored.Select(s => KnowledgeEntryView.FromStored(s, fileKeys.Contains(s.QuestionKey)))];
    }

    /// <summary>The entry in use for exactly this question (after normalisation), if any.</summary>
    public async Task<KnowledgeEntryView?> FindAsync(string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var key = KnowledgeEntries.Key(question);
        return (await ListAsync(cancellationToken)).FirstOrDefault(e => KnowledgeEntries.Key(e.Question) == key);
    }

    /// <summary>Adds the entry, or replaces the stored entry or file entry with the same question.</summary>
    public async Task<Outcome<SavedKnowledgeEntry, KnowledgeProblem>> SaveAsync(KnowledgeEntryDraft draft, Member editor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(editor);
        if (!editor.IsCommittee)
        {
            return new KnowledgeProblem.EditorsOnly();
        }

        var clean = draft with
        {
            Question = draft.Question?.Trim() ?? string.Empty,
            AlternativeQuestions = KnowledgeEntryRules.SplitAlternatives(string.Join('\n', draft.AlternativeQuestions ?? []), draft.Question ?? string.Empty),
            Answer = draft.Answer?.Trim() ?? string.Empty,
            Source = draft.Source?.Trim() ?? string.Empty,
        };
        if (KnowledgeEntryRules.Problem(clean) is { } problem)
        {
            return problem;
        }

        return await gate.RunAsync(async () =>
        {
            var now = time.GetUtcNow();
            var key = KnowledgeEntries.Key(clean.Question);
            var existing = (await store.ListAsync(cancellationToken)).FirstOrDefault(s => s.QuestionKey == key);
            if (existing is not null && IsAnotherBranchs(existing))
            {
                return new KnowledgeProblem.AdoptedFromAnotherBranch(existing.Question);
            }

            var entry = new StoredKnowledgeEntry
            {
                Id = existing?.Id ?? StoredKnowledgeEntry.NewId(),
                Question = clean.Question,
                AlternativeQuestions = clean.AlternativeQuestions,
                Answer = clean.Answer,
                Source = clean.Source,
                CreatedAt = existing?.CreatedAt ?? now,
                UpdatedAt = now,
                UpdatedBy = editor.Name,
            };
            await store.SaveAsync(entry, cancellationToken);
            await knowledge.RefreshAsync(cancellationToken);
            var overrides = FileKeys().Contains(key);
            var change = existing is not null ? KnowledgeEntryChange.Updated : overrides ? KnowledgeEntryChange.OverridesFileEntry : KnowledgeEntryChange.Added;
            return Outcome<SavedKnowledgeEntry, KnowledgeProblem>.Ok(new SavedKnowledgeEntry(KnowledgeEntryView.FromStored(entry, overrides), change));
        }, cancellationToken);
    }

    /// <summary>Deletes the database entry for this question; a file entry it replaced answers again.</summary>
    public async Task<Outcome<DeletedKnowledgeEntry, KnowledgeProblem>> DeleteAsync(string question, Member editor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(editor);
        if (!editor.IsCommittee)
        {
            return new KnowledgeProblem.EditorsOnly();
        }

        if (KnowledgeEntryRules.QuestionProblem(question) is { } problem)
        {
            return problem;
        }

        return await gate.RunAsync(async () =>
        {
            var key = KnowledgeEntries.Key(question);
            var existing = (await store.ListAsync(cancellationToken)).FirstOrDefault(s => s.QuestionKey == key);
            var fileEntry = knowledge.FileEntries.FirstOrDefault(e => KnowledgeEntries.Key(e.Question) == key);
            if (existing is null)
            {
                return fileEntry is not null
                    ? new KnowledgeProblem.FileEntryNotDeletable(fileEntry.Question, fileEntry.FileName)
                    : new KnowledgeProblem.EntryNotFound(question.Trim());
            }

            if (IsAnotherBranchs(existing))
            {
                return new KnowledgeProblem.AdoptedFromAnotherBranch(existing.Question);
            }

            await store.DeleteAsync(existing.Id, cancellationToken);
            await knowledge.RefreshAsync(cancellationToken);
            return Outcome<DeletedKnowledgeEntry, KnowledgeProblem>.Ok(new DeletedKnowledgeEntry(
                KnowledgeEntryView.FromStored(existing, fileEntry is not null), fileEntry is null ? null : KnowledgeEntryView.FromFile(fileEntry)));
        }, cancellationToken);
    }

    private bool IsAnotherBranchs(StoredKnowledgeEntry entry) =>
        branch is not null && entry.OwnerBranchId is { } owner && !string.Equals(owner, branch.Id, StringComparison.Ordinal);

    private HashSet<string> FileKeys() => knowledge.FileEntries.Select(e => KnowledgeEntries.Key(e.Question)).ToHashSet(StringComparer.Ordinal);
}
