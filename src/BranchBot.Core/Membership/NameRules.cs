using BranchBot.Core.Text;

namespace BranchBot.Core.Membership;

/// <summary>What a member's or 党小组's name may look like.</summary>
public static class NameRules
{
    public const int MaxLength = 30;

    // What people type at a name prompt when they mean something else is never a member's name: chat words
    // (ChatWords.NotNames, "你好") and commands. A command typed where a name was asked ("添加党员 陈静 第一党小组" at the 初始化 name prompt): no name begins so.
    private static readonly string[] CommandWords = ["添加党员", "安排", "广播", "初始化", "加入", "签到", "请假", "设置", "移除党员", "邀请码", "问 "];

    /// <summary>
    /// Normalises (<see cref="VisibleText"/>, full-width letters and digits folded), trims and collapses spaces;
    /// returns the problem when the name cannot be used as <paramref name="field"/>.
    /// </summary>
    public static Outcome<string, TextProblem> CleanName(string? text, TextField field)
    {
        var visible = VisibleText.Line(VisibleText.FoldFullWidthAlphanumerics(text ?? string.Empty), field);
        if (!visible.Succeeded)
        {
            return visible.Problem!;
        }

        var name = Comparable(visible.Value!);
        if (name.Length == 0)
        {
            return new TextProblem.Empty(field);
        }

        if (name.Length > MaxLength)
        {
            return new TextProblem.TooLong(field, MaxLength);
        }

        // Names appear inside our Markdown messages: brackets, asterisks and the like would become links or bold there.
        if (name.IndexOfAny([',', '，', ';', '；', '"', '|', '<', '>', '[', ']', '*', '_', '`', '\\', '~']) >= 0)
        {
            return new TextProblem.ForbiddenSymbols(field);
        }

        if (name.All(c => char.IsDigit(c) || char.IsPunctuation(c) || c == ' ')
            || (field == TextField.MemberName && ChatWords.NotNames.Contains(name.TrimEnd('!', '！', '~', '。', '.', '?', '？')))
            || (field == TextField.MemberName && CommandWords.Any(w => name.StartsWith(w, StringComparison.Ordinal))))
        {
            return new TextProblem.NotAName(field, name);
        }

        return Outcome<string, TextProblem>.Ok(name);
    }

    /// <summary>Whether two spellings name the same person, as <see cref="CleanName"/> would store them.</summary>
    public static bool SameName(string typed, string stored) =>
        string.Equals(Comparable(typed), Comparable(stored), StringComparison.OrdinalIgnoreCase);

    private static string Comparable(string name) =>
        string.Join(' ', VisibleText.FoldFullWidthAlphanumerics(name).Normalize(System.Text.NormalizationForm.FormC).Replace('\u3000', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Whether a typed group name refers to an existing group ("第一" finds "第一党小组").</summary>
    public static bool SameGroup(string typed, string existing) =>
        GroupCore(typed) is { Length: > 0 } core && string.Equals(core, GroupCore(existing), StringComparison.OrdinalIgnoreCase);

    /// <summary>"第二党小组", "第2小组", "二组", "第二" → "二": the words that tell one group from another.</summary>
    private static string GroupCore(string name)
    {
        var core = Comparable(name);
        foreach (var suffix in (string[])["党小组", "小组", "组"])
        {
            if (core.EndsWith(suffix, StringComparison.Ordinal))
            {
                core = core[..^suffix.Length];
                break;
            }
        }

        core = core.StartsWith('第') ? core[1..] : core;
        return core.Length == 1 && core[0] is >= '1' and <= '9' ? "一二三四五六七八九"[core[0] - '1'].ToString() : core;
    }
}
