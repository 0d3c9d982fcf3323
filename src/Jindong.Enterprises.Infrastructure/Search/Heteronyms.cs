namespace Jindong.Enterprises.Infrastructure.Search;

/// <summary>
/// 多音字 common in firm, brand and place names, with their readings (toneless), as 《现代汉语词典》
/// (第7版) lists them. ICU's Han-Latin gives one reading per character (长 → zhang, 行 → xing,
/// 乐 → le), so 「长城」, 「银行」 or 「音乐」 would only be found as zhangcheng, yinxing, yinle;
/// <see cref="NameReadings"/> indexes every reading listed here besides ICU's. A character missing
/// here is found by ICU's reading alone: add it with its readings.
/// </summary>
internal static class Heteronyms
{
    private static readonly Dictionary<char, string[]> Readings = new()
    {
        ['长'] = ["chang", "zhang"], ['行'] = ["xing", "hang"], ['乐'] = ["le", "yue"], ['重'] = ["zhong", "chong"],
        ['藏'] = ["cang", "zang"], ['朝'] = ["chao", "zhao"], ['调'] = ["diao", "tiao"], ['传'] = ["chuan", "zhuan"],
        ['降'] = ["jiang", "xiang"], ['曾'] = ["ceng", "zeng"], ['单'] = ["dan", "shan", "chan"], ['解'] = ["jie", "xie"],
        ['厦'] = ["sha", "xia"], ['会'] = ["hui", "kuai"], ['和'] = ["he", "huo", "hu"], ['差'] = ["cha", "chai"],
        ['都'] = ["du", "dou"], ['还'] = ["hai", "huan"], ['便'] = ["bian", "pian"], ['仇'] = ["chou", "qiu"],
        ['区'] = ["qu", "ou"], ['查'] = ["cha", "zha"], ['盛'] = ["sheng", "cheng"], ['万'] = ["wan", "mo"],
        ['折'] = ["zhe", "she"], ['沈'] = ["shen", "chen"], ['奇'] = ["qi", "ji"],
        ['薄'] = ["bao", "bo"], ['大'] = ["da", "dai"], ['校'] = ["xiao", "jiao"], ['率'] = ["lv", "shuai"],
        ['角'] = ["jiao", "jue"], ['弹'] = ["dan", "tan"], ['强'] = ["qiang", "jiang"], ['塞'] = ["sai", "se"],
        ['石'] = ["shi", "dan"], ['车'] = ["che", "ju"], ['省'] = ["sheng", "xing"], ['系'] = ["xi", "ji"],
        ['参'] = ["can", "shen", "cen"], ['给'] = ["gei", "ji"], ['模'] = ["mo", "mu"], ['着'] = ["zhe", "zhao", "zhuo"],
        ['似'] = ["si", "shi"], ['度'] = ["du", "duo"], ['夹'] = ["jia", "ga"], ['厂'] = ["chang", "an"],
        ['南'] = ["nan", "na"], ['晟'] = ["sheng", "cheng"], ['蔚'] = ["wei", "yu"], ['秘'] = ["mi", "bi"],
        ['盖'] = ["gai", "ge"], ['尉'] = ["wei", "yu"], ['阿'] = ["a", "e"], ['乘'] = ["cheng", "sheng"],
        ['炮'] = ["pao", "bao"], ['识'] = ["shi", "zhi"], ['属'] = ["shu", "zhu"], ['将'] = ["jiang", "qiang"],
        ['露'] = ["lu", "lou"], ['落'] = ["luo", "la", "lao"], ['色'] = ["se", "shai"], ['屏'] = ["ping", "bing"],
        ['了'] = ["le", "liao"], ['得'] = ["de", "dei"], ['地'] = ["di", "de"], ['的'] = ["de", "di"],
        ['佛'] = ["fo", "fu"], ['柏'] = ["bai", "bo"], ['朴'] = ["pu", "piao"], ['翟'] = ["zhai", "di"],
        ['覃'] = ["tan", "qin"],
        ['宿'] = ["su", "xiu"], ['扎'] = ["zha", "za"], ['纤'] = ["xian", "qian"], ['期'] = ["qi", "ji"],
        ['贾'] = ["jia", "gu"], ['缪'] = ["miao", "mou", "miu"],
        ['铅'] = ["qian", "yan"], ['栅'] = ["zha", "shan"], ['圈'] = ["quan", "juan"],
        ['埔'] = ["pu", "bu"], ['莘'] = ["shen", "xin"], ['番'] = ["fan", "pan"],
        ['泊'] = ["bo", "po"], ['汤'] = ["tang", "shang"], ['六'] = ["liu", "lu"],
    };

    /// <summary>The readings listed for <paramref name="c"/>; none for a character with one reading.</summary>
    public static IReadOnlyList<string> Of(char c) => Readings.TryGetValue(c, out var readings) ? readings : [];
}
