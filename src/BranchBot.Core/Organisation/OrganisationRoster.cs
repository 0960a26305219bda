using System.Text;
using BranchBot.Core.Membership;
using BranchBot.Core.Membership.Roster;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Core.Organisation;

/// <summary>
/// The roster of the whole organisation, for the command line and the console: a file may carry a <c>branch</c>
/// column (a path like 机关党委/第一党支部, or a branch's name; empty is the scope's default branch). Every row is
/// checked, by its own branch's <see cref="RosterImporter"/>, before anything is written; an unknown branch, a branch
/// outside the scope, or a chat account bound in another branch, is a problem on its line and nothing is written.
/// Export writes the column once the organisation has more than one branch, or for the branches asked for.
/// </summary>
public sealed class OrganisationRoster(BranchLookup branches, IBranchScopes scopes, SenderBranchIndex index)
{
    /// <summary>An import by the server operator: into any branch, rows without a branch into the first.</summary>
    public Task<IReadOnlyList<BranchRosterImport>> ImportAsync(byte[] file, MembershipActor actor, CancellationToken cancellationToken) =>
        ImportAsync(file, actor, new RosterImportScope(scopes.PrimaryBranchId, null), cancellationToken);

    public async Task<IReadOnlyList<BranchRosterImport>> ImportAsync(byte[] file, MembershipActor actor, RosterImportScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(scope);
        IReadOnlyList<Csv.Record> records;
        try
        {
            records = Csv.Parse(Csv.Decode(file));
        }
        catch (Csv.UnclosedQuoteException exception)
        {
            return [new BranchRosterImport(null, new RosterImportResult { Errors = [new RosterProblem.UnclosedQuote(exception.Line)] })];
        }

        var column = records.Count == 0 ? -1 : BranchColumn(records[0]);
        if (column < 0)
        {
            return [new BranchRosterImport(null, await Importer(scope.DefaultBranchId).ImportAsync(file, actor, cancellationToken))];
        }

        var header = Without(records[0], column);
        var errors = new List<RosterProblem>();
        var byBranch = new Dictionary<string, (OrgUnitName Branch, List<Csv.Record> Rows)>(StringComparer.Ordinal);
        foreach (var record in records.Skip(1))
        {
            var typed = column < record.Fields.Count ? FormulaGuard.Unprotect(record.Fields[column]).Trim() : string.Empty;
            var branch = await ResolveAsync(typed, scope.DefaultBranchId, record.LineNumber, errors, cancellationToken);
            if (branch is null)
            {
                continue;
            }

            if (scope.Writable is { } writable && !writable.Contains(branch.Id))
            {
                errors.Add(new RosterProblem.BranchNotWritable(record.LineNumber, branch.Path.Length > 0 ? branch.Path : typed));
                continue;
            }

            if (!byBranch.TryGetValue(branch.Id, out var group))
            {
                byBranch[branch.Id] = group = (branch, []);
            }

            var row = Without(record, column);
            await CheckAccountAsync(row, header, branch.Id, errors, cancellationToken);
            group.Rows.Add(row);
        }

        if (errors.Count == 0 && byBranch.Count == 0)
        {
            errors.Add(new RosterProblem.NoMembers());
        }

        foreach (var (branchId, (_, rows)) in byBranch)
        {
            errors.AddRange((await Importer(branchId).ImportAsync([header, .. rows], actor, checkOnly: true, cancellationToken)).Errors);
        }

        if (errors.Count > 0)
        {
            return [new BranchRosterImport(null, new RosterImportResult { Errors = [.. errors.OrderBy(e => e is RosterProblem.OnLine line ? line.Line : 0)] })];
        }

        var done = new List<BranchRosterImport>();
        foreach (var (branchId, (branch, rows)) in byBranch)
        {
            done.Add(new BranchRosterImport(branch.Path, await Importer(branchId).ImportAsync([header, .. rows], actor, checkOnly: false, cancellationToken)) { BranchId = branchId });
        }

        return done;
    }

    /// <summary>The roster as a file; with a <c>branch</c> column for an organisation of several branches or for <paramref name="branchText"/>'s branch alone.</summary>
    public async Task<Outcome<string, RosterProblem>> ExportAsync(string? branchText, CancellationToken cancellationToken)
    {
        IReadOnlyList<OrgUnitName> chosen;
        if (branchText is not null)
        {
            var errors = new List<RosterProblem>();
            if (await ResolveAsync(branchText, scopes.PrimaryBranchId, 0, errors, cancellationToken) is not { } one)
            {
                return errors[0];
            }

            chosen = [one];
        }
        else
        {
            var all = scopes.ServesOnlyPrimary ? [] : await branches.AllAsync(cancellationToken);
            if (all.Count <= 1)
            {
                return Outcome<string, RosterProblem>.Ok(await scopes.For(scopes.PrimaryBranchId).GetRequiredService<RosterExporter>().ExportAsync(cancellationToken));
            }

            chosen = [.. all.Select(b => new OrgUnitName(b.Id, b.Path)).OrderBy(b => b.Id != scopes.PrimaryBranchId).ThenBy(b => b.Path, StringComparer.Ordinal)];
        }

        return Outcome<string, RosterProblem>.Ok(await WriteAsync(chosen, cancellationToken));
    }

    /// <summary>The roster of <paramref name="branchIds"/>' open branches (the first given first), with the <c>branch</c> column.</summary>
    public async Task<string> ExportAsync(IReadOnlyList<string> branchIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(branchIds);
        var all = (await branches.AllAsync(cancellationToken)).ToDictionary(b => b.Id, StringComparer.Ordinal);
        var chosen = branchIds.Distinct(StringComparer.Ordinal).Where(all.ContainsKey).Select(id => new OrgUnitName(id, all[id].Path))
            .OrderBy(b => b.Id != branchIds[0]).ThenBy(b => b.Path, StringComparer.Ordinal).ToList();
        return await WriteAsync(chosen, cancellationToken);
    }

    private async Task<string> WriteAsync(IReadOnlyList<OrgUnitName> chosen, CancellationToken cancellationToken)
    {
        var text = new StringBuilder().Append(RosterColumns.Header).Append(',').Append(RosterColumns.Branch).Append('\n');
        foreach (var branch in chosen)
        {
            var csv = await scopes.For(branch.Id).GetRequiredService<RosterExporter>().ExportAsync(cancellationToken);
            foreach (var line in csv.Split('\n').Skip(1).Where(l => l.Length > 0))
            {
                text.Append(line).Append(',').Append(Csv.TextCell(branch.Path)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static int BranchColumn(Csv.Record header)
    {
        for (var i = 0; i < header.Fields.Count; i++)
        {
            if (string.Equals(header.Fields[i].Trim().TrimStart('\uFEFF'), RosterColumns.Branch, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static Csv.Record Without(Csv.Record record, int column) =>
        new(record.LineNumber, [.. record.Fields.Where((_, i) => i != column)]);

    private async Task<OrgUnitName?> ResolveAsync(string typed, string defaultBranchId, int line, List<RosterProblem> errors, CancellationToken cancellationToken)
    {
        if (typed.Length == 0)
        {
            return new OrgUnitName(defaultBranchId, string.Empty);
        }

        switch (await branches.FindAsync(typed, cancellationToken))
        {
            case FoundBranch.One one:
                return new OrgUnitName(one.Branch.Id, one.Branch.Path);
            case FoundBranch.Several several:
                errors.Add(new RosterProblem.AmbiguousBranch(line, typed, several.Paths));
                return null;
            default:
                errors.Add(new RosterProblem.UnknownBranch(line, typed));
                return null;
        }
    }

    /// <summary>A chat account may be bound in one branch only.</summary>
    private async Task CheckAccountAsync(Csv.Record row, Csv.Record header, string branchId, List<RosterProblem> errors, CancellationToken cancellationToken)
    {
        string Field(string name)
        {
            var i = header.Fields.Select(f => f.Trim().TrimStart('\uFEFF')).ToList().FindIndex(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase));
            return i >= 0 && i < row.Fields.Count ? FormulaGuard.Unprotect(row.Fields[i]).Trim() : string.Empty;
        }

        var (channelId, userId) = (Field(RosterColumns.ChannelId), Field(RosterColumns.UserId));
        if (channelId.Length > 0 && userId.Length > 0
            && await index.BranchOfAccountAsync(new ChatAccount(channelId, userId), cancellationToken) is { } boundIn
            && boundIn != branchId)
        {
            errors.Add(new RosterProblem.AccountInOtherBranch(row.LineNumber, new ChatAccount(channelId, userId)));
        }
    }

    private RosterImporter Importer(string branchId) => scopes.For(branchId).GetRequiredService<RosterImporter>();

    private sealed record OrgUnitName(string Id, string Path);
}

/// <summary>
/// Where an import may write: rows with an empty or no <c>branch</c> go to <paramref name="DefaultBranchId"/>; a row
/// naming an open branch outside <paramref name="Writable"/> is refused on its line (null: every branch, the operator).
/// </summary>
public sealed record RosterImportScope(string DefaultBranchId, IReadOnlySet<string>? Writable);

/// <summary>One branch's part of an import (its path; null for a file without a branch column, or when nothing was written).</summary>
public sealed record BranchRosterImport(string? BranchPath, RosterImportResult Result)
{
    /// <summary>The branch written, for a file with a branch column.</summary>
    public string? BranchId { get; init; }
}
