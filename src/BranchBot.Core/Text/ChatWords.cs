using System.Collections.Frozen;

namespace BranchBot.Core.Text;

/// <summary>
/// Words people type to talk to the bot rather than to give it data: a greeting answered as a greeting, and never a
/// member's name ("你好" at a name prompt).
/// </summary>
public static class ChatWords
{
    /// <summary>"你好", "在吗", "早上好": answered with a greeting by name.</summary>
    public static readonly FrozenSet<string> Greetings = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "你好", "您好", "你好呀", "你好啊", "您好呀", "大家好", "嗨", "哈喽", "hi", "hello", "在吗", "在么", "在不在",
        "早", "早上好", "上午好", "中午好", "下午好", "晚上好");

    /// <summary>Greetings and the short replies, thanks and command words typed where a name was asked.</summary>
    public static readonly FrozenSet<string> NotNames = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        [
            .. Greetings,
            "好", "好的", "好啊", "是", "是的", "对", "对的", "嗯", "嗯嗯", "哦", "ok", "行", "可以", "没问题", "收到",
            "不", "不是", "不用", "不要", "没有", "算了", "谢谢", "谢谢你", "多谢", "帮助", "取消", "退出", "返回", "测试",
        ]);
}
