using BranchBot.Core.Organisation.Broadcasts;

namespace BranchBot.Storage.LiteDb.Organisation;

/// <summary>A 党委广播, keyed by its number.</summary>
internal sealed class OrganisationBroadcastDocument
{
    public int Id { get; set; }
    public string Text { get; set; } = string.Empty;
    public OrganisationAudienceKind AudienceKind { get; set; }
    public string? AudienceBranchId { get; set; }
    public string AudienceLabel { get; set; } = string.Empty;
    public bool RequiresAcknowledgement { get; set; }
    public string AuthorId { get; set; } = string.Empty;
    public string SignedAs { get; set; } = string.Empty;
    public List<string> BranchIds { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public string? SourceKey { get; set; }
    public List<PartDocument> Parts { get; set; } = [];
    public DateTimeOffset? CompletedAt { get; set; }

    public static OrganisationBroadcastDocument From(OrganisationBroadcast b) => new()
    {
        Id = b.Number, Text = b.Text, AudienceKind = b.Audience.Kind, AudienceBranchId = b.Audience.BranchId, AudienceLabel = b.AudienceLabel,
        RequiresAcknowledgement = b.RequiresAcknowledgement, AuthorId = b.AuthorId, SignedAs = b.SignedAs, BranchIds = [.. b.BranchIds],
        CreatedAt = b.CreatedAt, SourceKey = b.SourceKey, CompletedAt = b.CompletedAt,
        Parts = [.. b.Parts.Select(p => new PartDocument { BranchId = p.BranchId, BranchName = p.BranchName, BroadcastNumber = p.BroadcastNumber, Skipped = p.Skipped })],
    };

    public OrganisationBroadcast ToBroadcast() => new()
    {
        Number = Id, Text = Text, Audience = new OrganisationAudience(AudienceKind, AudienceBranchId), AudienceLabel = AudienceLabel,
        RequiresAcknowledgement = RequiresAcknowledgement, AuthorId = AuthorId, SignedAs = SignedAs, BranchIds = [.. BranchIds],
        CreatedAt = CreatedAt, SourceKey = SourceKey, CompletedAt = CompletedAt,
        Parts = [.. Parts.Select(p => new OrganisationBroadcastPart(p.BranchId, p.BranchName, p.BroadcastNumber, p.Skipped))],
    };

    internal sealed class PartDocument
    {
        public string BranchId { get; set; } = string.Empty;
        public string BranchName { get; set; } = string.Empty;
        public int? BroadcastNumber { get; set; }
        public string? Skipped { get; set; }
    }
}
