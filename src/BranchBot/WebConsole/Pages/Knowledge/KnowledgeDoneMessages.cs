namespace BranchBot.WebConsole.Pages.Knowledge;

/// <summary>The success messages shown after a redirect, named by a short code in the query string.</summary>
internal static class KnowledgeDoneMessages
{
    public const string Added = "added";
    public const string Updated = "updated";
    public const string Overrides = "overrides";
    public const string Deleted = "deleted";
    public const string Restored = "restored";
    public const string Answered = "answered";
    public const string AnsweredUndelivered = "answered-undelivered";
    public const string AnsweredAndSaved = "answered-saved";
    public const string SavedAnswer = "saved-answer";

    public static string? Text(string? code) => code switch
    {
        Added => "问答已添加，机器人现在就能用它回答。",
        Updated => "问答已修改，机器人现在就按新的内容回答。",
        Overrides => "已保存到支部问答库，它替代了问答文件中的同名条目。",
        Deleted => "问答已删除。",
        Restored => "问答已删除，问答文件中的同名条目重新生效。",
        Answered => "答复已发送给提问人。",
        AnsweredUndelivered => "答复已记录，但没能发到提问人的聊天（可能已退出支部或尚未加入），请另行转告。",
        AnsweredAndSaved => "答复已发送给提问人，并已保存到问答库。",
        SavedAnswer => "答复已保存到问答库。",
        _ => null,
    };
}
