using System.Text.RegularExpressions;
using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Intents;

/// <summary>
/// The shapes that make a slot certain: a place that looks like a place (a room, a floor, a building, a centre, online),
/// a new member's name that looks like a name (a common surname and one or two characters), and text left beside a date
/// that still speaks of a date or time (then the date read is not the whole of it).
/// </summary>
public static partial class SlotShapes
{
    /// <summary>"三楼会议室", "1号楼205", "社区服务中心", "线上", "A301"; never "到11点", "每月", "三楼会议室开党员大会".</summary>
    public static bool IsPlace(string? place)
    {
        if (string.IsNullOrWhiteSpace(place) || place.Length > 20 || NotAPlace().IsMatch(place) || MeetingKinds.TryFind(place, out _, out _, out _))
        {
            return false;
        }

        return Online().IsMatch(place) || PlaceNoun().IsMatch(place) || RoomNumber().IsMatch(place);
    }

    /// <summary>"刘洋", "欧阳明", "张丽华": a common surname and one or two characters, nothing that reads as a word.</summary>
    public static bool IsPersonName(string? name)
    {
        if (string.IsNullOrEmpty(name) || NotInAName().IsMatch(name))
        {
            return false;
        }

        var compound = CompoundSurname().IsMatch(name);
        return compound ? name.Length is 3 or 4 : name.Length is 2 or 3 && Surnames.Contains(name[0], StringComparison.Ordinal);
    }

    /// <summary>Words that still speak of a day or a time ("每月", "到11点", "下下周", "月底"): a date read beside them is not all of it.</summary>
    public static bool SpeaksOfTime(string? rest, DateTimeOffset now, TimeZoneInfo zone) =>
        !string.IsNullOrWhiteSpace(rest)
        && (TimeWords().IsMatch(rest) || ChineseDateTimeRecognizer.Recognize(NumericDates.Rewrite(rest), now, zone).Status != DateTimeRecognitionStatus.NotFound);

    /// <summary>"到9点", "-21:00": the end of a time range, which belongs to the time read before it.</summary>
    public static bool IsRangeEnd(string? rest) => !string.IsNullOrWhiteSpace(rest) && RangeEnd().IsMatch(rest.Trim());

    /// <summary>A place named inside other words ("在五楼大会议室学习"): the place slot is in doubt.</summary>
    public static bool MentionsPlace(string? rest) => !string.IsNullOrWhiteSpace(rest) && PlaceInside().IsMatch(rest);

    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

    [GeneratedRegex(@"^(欧阳|司马|上官|诸葛|东方|皇甫|慕容|令狐|夏侯|尉迟|公孙|长孙|宇文|司徒|西门)")]
    private static partial Regex CompoundSurname();

    [GeneratedRegex(@"[的了是个来去在和跟与到吧呢吗啊也就都要想把给让叫同志党员支部小组会新一二三四五六七八九十人们这那]")]
    private static partial Regex NotInAName();

    [GeneratedRegex(@"^(线上|网上|线下|视频|腾讯会议|钉钉|微信|飞书|zoom|Zoom|ZOOM|云上|网络)")]
    private static partial Regex Online();

    [GeneratedRegex(@"(室|厅|楼|层|堂|馆|中心|站|院|基地|广场|公园|学校|社区|大厦|会场|教室|车间|食堂|酒店|宾馆|所|处|园|村|街道|小区|厂|校区|分部|办公区|图书馆|阵地|家)$")]
    private static partial Regex PlaceNoun();

    /// <summary>"205", "A301", "1号楼205", "3栋2层", "5-201": a room by its number.</summary>
    [GeneratedRegex(@"^([A-Za-z]?\d{1,4}([-－]\d{1,4})?|.{0,8}(楼|栋|座|号|层|区|室)[A-Za-z]?\d{1,4}[A-Za-z]?|.{0,8}(室|厅)[A-Za-z])$")]
    private static partial Regex RoomNumber();

    /// <summary>
    /// What no place holds: a verb of arranging or changing, a time, a count ("讲一堂"), who is spoken to ("给预备党员"), a
    /// question, a recurrence, a correction, or one's own words ("大家都挺累的我想在三楼会议室").
    /// </summary>
    [GeneratedRegex(@"^(到|至|改|就|去|定在|在.*开)|开(会|个|一|次)?$|[一两几][堂节]$|给(大家|全体|党员|预备|积极|发展|同志)|不对|说错|打错|召开|举行|请假|签到|取消|每|我|咱|大家|点(?!位)|[上下]午|晚上|早上|今天|明天|后天|周[一二三四五六日天]|星期|礼拜|吗|呢|什么|哪|\d{1,2}[:：]\d{2}|\d{1,2}[./]\d{1,2}|^\d{1,2}(号|日)$|\d{1,2}月|\d{4}年")]
    private static partial Regex NotAPlace();

    // "讨论年底民主评议的事": a period after a verb of the agenda is the topic's, not the meeting's time.
    [GeneratedRegex(@"每(天|日|周|星期|个?月|个?季度|年)|下下|(?<!讨论|研究|部署|总结|学习|筹备|准备|关于|布置|商量|商议|谋划|做好|开展|落实|推进|安排)(月底|月初|月中|月末|年底|周末)|\d{1,2}\s*[:：点时]|[一二三四五六七八九十两]{1,3}点|[上下]午|晚上|早上|中午|傍晚|(?<![\u4e00-\u9fa5])[到至\-~～]\s*[\d一二三四五六七八九十两]|\d{1,2}(号|日)(?!楼|院|门|线|厅|馆|馆|室)")]
    private static partial Regex TimeWords();

    [GeneratedRegex(@"^(到|至|-|－|~|～|—)\s*(上午|下午|晚上|中午)?\s*([\d一二三四五六七八九十两]{1,3}(点|:|：)([\d一二三四五六七八九十]{1,2}分?|半|钟)?)\s*(结束|为止|左右)?$")]
    private static partial Regex RangeEnd();

    [GeneratedRegex(@"[\u4e00-\u9fa5\d]{1,8}(会议室|活动室|办公室|会议厅|报告厅|礼堂|教室|中心|大厅)|\d+号楼|[一二三四五六七八九十\d]+楼(?!梯)|线上|腾讯会议")]
    private static partial Regex PlaceInside();
}
