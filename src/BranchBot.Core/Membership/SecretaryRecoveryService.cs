using BranchBot.Core.Security;

namespace BranchBot.Core.Membership;

/// <summary>
/// Lets a lone 书记 who lost their chat account (a cleared browser, a new phone) bind a new one without the server's
/// command line: a request from chat makes a one-time code that only the server log shows (as the setup code at
/// first start); the code works for <see cref="Lifetime"/>, once, is stored only as a keyed hash, is voided after
/// <see cref="MaxWrongGuesses"/> wrong guesses, and a new one can be requested once per <see cref="RequestInterval"/>.
/// </summary>
public sealed class SecretaryRecoveryService(MembershipService membership, IMembershipStore store, SecretCodeHasher hasher, TimeProvider timeProvider)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public static readonly TimeSpan RequestInterval = TimeSpan.FromMinutes(5);

    public const int MaxWrongGuesses = 10;

    private int _wrongGuesses;

    /// <summary>A new code for the server log (replacing any earlier one), or why none is issued.</summary>
    public Task<Outcome<IssuedRecoveryCode, RecoveryProblem>> IssueAsync(ChatAccount requester, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requester);
        return membership.RunExclusiveAsync<Outcome<IssuedRecoveryCode, RecoveryProblem>>(async () =>
        {
            var branch = await store.GetBranchAsync(cancellationToken);
            if (branch is not { IsClaimed: true })
            {
                return new RecoveryProblem.NotClaimed();
            }

            if (await store.FindByChatAccountAsync(requester, cancellationToken) is { } bound)
            {
                return new RecoveryProblem.AlreadyBound(bound.Name);
            }

            if (await FindSecretaryAsync(cancellationToken) is null)
            {
                return new RecoveryProblem.NoSecretary();
            }

            var now = timeProvider.GetUtcNow();
            if (branch.RecoveryCode is { } open && now - open.IssuedAt < RequestInterval)
            {
                return new RecoveryProblem.TooSoon(open.IssuedAt + RequestInterval - now);
            }

            var code = Codes.NewCode();
            var stored = new SecretaryRecoveryCode(hasher.Hash(SecretaryRecoveryCode.HashPurpose, code), now, now + Lifetime);
            await store.ApplyAsync(new MembershipChange { Branch = branch with { RecoveryCode = stored } }, cancellationToken);
            Interlocked.Exchange(ref _wrongGuesses, 0);
            return Outcome<IssuedRecoveryCode, RecoveryProblem>.Ok(new IssuedRecoveryCode(code, stored.ExpiresAt));
        }, cancellationToken);
    }

    /// <summary>Binds <paramref name="account"/> to the 书记's record when <paramref name="code"/> is the open code; the code is then used up.</summary>
    public Task<Outcome<RecoveredSecretary, RecoveryProblem>> RedeemAsync(string code, ChatAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        return membership.RunExclusiveAsync<Outcome<RecoveredSecretary, RecoveryProblem>>(async () =>
        {
            var branch = await store.GetBranchAsync(cancellationToken);
            var now = timeProvider.GetUtcNow();
            if (branch?.RecoveryCode is not { } open || open.IsExpired(now))
            {
                return new RecoveryProblem.WrongOrExpired();
            }

            if (!string.Equals(open.CodeHash, hasher.Hash(SecretaryRecoveryCode.HashPurpose, Codes.Normalize(code)), StringComparison.Ordinal))
            {
                if (Interlocked.Increment(ref _wrongGuesses) >= MaxWrongGuesses)
                {
                    await store.ApplyAsync(new MembershipChange { Branch = branch with { RecoveryCode = null } }, cancellationToken);
                }

                return new RecoveryProblem.WrongOrExpired();
            }

            if (await store.FindByChatAccountAsync(account, cancellationToken) is { } bound)
            {
                return new RecoveryProblem.AlreadyBound(bound.Name);
            }

            if (await FindSecretaryAsync(cancellationToken) is not { } secretary)
            {
                return new RecoveryProblem.NoSecretary();
            }

            var recovered = secretary.WithAccount(account);
            await store.ApplyAsync(new MembershipChange { Branch = branch with { RecoveryCode = null }, Members = [recovered] }, cancellationToken);
            return Outcome<RecoveredSecretary, RecoveryProblem>.Ok(new RecoveredSecretary(recovered, secretary));
        }, cancellationToken);
    }

    private async Task<Member?> FindSecretaryAsync(CancellationToken cancellationToken) =>
        (await store.ListMembersAsync(cancellationToken)).FirstOrDefault(m => m is { IsActive: true, Role: MemberRole.Secretary });
}

/// <summary>A code to write to the server log; only its hash is kept.</summary>
public sealed record IssuedRecoveryCode(string Code, DateTimeOffset ExpiresAt);

/// <summary>The 书记's record with the new account, and as it was before (its earlier accounts are told).</summary>
public sealed record RecoveredSecretary(Member Secretary, Member Before);
