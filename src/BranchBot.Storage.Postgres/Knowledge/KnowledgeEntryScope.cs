namespace BranchBot.Storage.Postgres.Knowledge;

/// <summary>Whose a stored knowledge entry is (the same values as the LiteDB store's, so a copied database keeps them).</summary>
internal enum KnowledgeEntryScope
{
    /// <summary>The branch's own 支部答复: only its members are answered from it.</summary>
    Branch,

    /// <summary>Adopted by the organisation: every branch is answered from it.</summary>
    Organisation,
}
