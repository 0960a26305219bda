namespace BranchBot.Core.Knowledge.Entries;

/// <summary>Who is answered from a stored entry.</summary>
public enum KnowledgeEntryScope
{
    /// <summary>The branch's own 支部答复: only its members are answered from it.</summary>
    Branch,

    /// <summary>Adopted by the organisation (采纳问答): every branch is answered from it; its branch alone still edits it.</summary>
    Organisation,
}
