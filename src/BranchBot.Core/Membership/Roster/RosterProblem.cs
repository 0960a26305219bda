using BranchBot.Core.Text;

namespace BranchBot.Core.Membership.Roster;

/// <summary>Why a roster file is not imported: a problem of the file as a whole, or of one of its lines (<see cref="OnLine"/>).</summary>
public abstract record RosterProblem
{
    /// <summary>A problem found on one line of the file (numbered from 1, the header).</summary>
    public abstract record OnLine(int Line) : RosterProblem;

    /// <summary>Not even a header.</summary>
    public sealed record EmptyFile : RosterProblem;

    /// <summary>A header and no one under it.</summary>
    public sealed record NoMembers : RosterProblem;

    /// <summary>A quoted field that never ends; the line is where its record began.</summary>
    public sealed record UnclosedQuote(int Line) : OnLine(Line);

    public sealed record UnknownColumn(string Name) : OnLine(1);

    public sealed record RepeatedColumn(string Name) : OnLine(1);

    public sealed record NoNameColumn() : OnLine(1);

    /// <summary>What is wrong with the fields of one line, in column order.</summary>
    public sealed record Row(int Line, IReadOnlyList<RosterFieldProblem> Problems) : OnLine(Line)
    {
        public bool Equals(Row? other) =>
            other is not null && Line == other.Line && Problems.SequenceEqual(other.Problems);

        public override int GetHashCode() => HashCode.Combine(Line, Problems.Count);
    }

    /// <summary>A chat account the file gives to two people.</summary>
    public sealed record AccountRepeated(int Line, ChatAccount Account, int FirstLine, string FirstName) : OnLine(Line);

    /// <summary>A chat account already bound to another member of the branch.</summary>
    public sealed record AccountBound(int Line, ChatAccount Account, string HolderName) : OnLine(Line);

    public sealed record SecondSecretary(int Line, int FirstLine, string FirstName) : OnLine(Line);

    /// <summary>A new 书记 while the file says nothing of the one in office.</summary>
    public sealed record IncumbentSecretary(int Line, string IncumbentName) : OnLine(Line);

    public sealed record SecondGroupLeader(int Line, string GroupName, string FirstName, int FirstLine) : OnLine(Line);

    /// <summary>A person on two lines with a different role or 党小组.</summary>
    public sealed record RepeatedDifferently(int Line, string Name, int FirstLine) : OnLine(Line);

    /// <summary>A person on two lines that are not two chat accounts.</summary>
    public sealed record RepeatedWithoutAccount(int Line, string Name, int FirstLine) : OnLine(Line);

    /// <summary>The organisation has no open branch by the name or path in the row's branch column.</summary>
    public sealed record UnknownBranch(int Line, string Typed) : OnLine(Line);

    /// <summary>Several branches have the name in the row's branch column.</summary>
    public sealed record AmbiguousBranch(int Line, string Typed, IReadOnlyList<string> Paths) : OnLine(Line);

    /// <summary>A branch the one importing may not write to (a branch's committee imports into their own branch only).</summary>
    public sealed record BranchNotWritable(int Line, string Branch) : OnLine(Line);

    /// <summary>A chat account bound to a member of another branch.</summary>
    public sealed record AccountInOtherBranch(int Line, ChatAccount Account) : OnLine(Line);

    /// <summary>A change the actor may not make (<see cref="RoleChangePolicy"/>).</summary>
    public sealed record Refused(int Line, RoleChangeProblem Problem) : OnLine(Line);
}

/// <summary>What is wrong with one field of a roster line.</summary>
public abstract record RosterFieldProblem
{
    /// <summary>More fields than the header has columns (usually a name with an unquoted comma).</summary>
    public sealed record TooManyFields(int Count) : RosterFieldProblem;

    /// <summary>A name or 党小组 name that cannot be used.</summary>
    public sealed record Text(TextProblem Problem) : RosterFieldProblem;

    public sealed record UnknownRole(string Typed) : RosterFieldProblem;

    public sealed record LeaderWithoutGroup : RosterFieldProblem;

    /// <summary>channelId without userId, or the other way round.</summary>
    public sealed record HalfAccount : RosterFieldProblem;
}

/// <summary>A side effect of an import worth telling the one who ran it.</summary>
public abstract record RosterNote
{
    /// <summary>A 党小组长 not in the file, replaced by the file's new leader of the group and now an ordinary member.</summary>
    public sealed record GroupLeaderReplaced(string Name) : RosterNote;
}
