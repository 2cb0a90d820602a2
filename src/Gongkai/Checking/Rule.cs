namespace Gongkai.Checking;

/// <summary>A rule of the format (spec §4): its id, severity and what it requires, in Chinese and English.</summary>
public sealed class Rule
{
    public static readonly Rule T3RowTotal = new("T3-ROW-TOTAL", Severity.Error, "表三每行总计应等于六类申请人之和", "every Table 3 row: total = sum of the six applicant columns");
    public static readonly Rule T3Handled = new("T3-HANDLED", Severity.Error, "表三（七）总计应等于（一）至（六）各项之和", "totalHandled = sum of the outcome rows");
    public static readonly Rule T3Balance = new("T3-BALANCE", Severity.Error, "勾稽关系：第一项加第二项之和应等于第三项加第四项之和", "received + carriedOver = totalHandled + carriedForward");
    public static readonly Rule T4Total = new("T4-TOTAL", Severity.Error, "表四各组总计应等于结果维持、结果纠正、其他结果、尚未审结之和", "each Table 4 group: total = upheld + corrected + other + pending");
    public static readonly Rule CellType = new("CELL-TYPE", Severity.Error, "件数应为非负整数，收费金额应为非负数", "counts are non-negative integers; fees a non-negative decimal");
    public static readonly Rule CellBlank = new("CELL-BLANK", Severity.Warning, "单元格空白（格式要求填写 0）", "a cell is blank (the format requires 0 to be written)");
    public static readonly Rule Sections = new("SECTIONS", Severity.Warning, "缺少章节或章节顺序不对，或缺少表格", "a section is missing or out of order; a table is missing");
    public static readonly Rule NarrativeRequests = new("NARRATIVE-REQUESTS", Severity.Warning, "正文所述申请数字与表三不一致", "numbers stated in the text disagree with Table 3");
    public static readonly Rule NarrativeAppeals = new("NARRATIVE-APPEALS", Severity.Warning, "正文所述复议、诉讼情况与表四不一致", "the text on reconsideration/lawsuits disagrees with Table 4");
    public static readonly Rule Year = new("YEAR", Severity.Warning, "标题年度、统计期限与表格年度不一致", "title year, statistical period and table year disagree");
    public static readonly Rule Deadline = new("DEADLINE", Severity.Info, "发布日期晚于条例第四十九条规定的期限", "publication date later than the Art. 49 deadline");

    /// <summary>The single-report rules, in the order of spec §4.</summary>
    public static IReadOnlyList<Rule> All { get; } =
        [T3RowTotal, T3Handled, T3Balance, T4Total, CellType, CellBlank, Sections, NarrativeRequests, NarrativeAppeals, Year, Deadline];

    private Rule(string id, Severity severity, string chinese, string english)
    {
        Id = id;
        Severity = severity;
        Chinese = chinese;
        English = english;
    }

    /// <summary>The rule id of spec §4, e.g. <c>T3-BALANCE</c>.</summary>
    public string Id { get; }

    public Severity Severity { get; }

    /// <summary>What the rule requires, in Chinese.</summary>
    public string Chinese { get; }

    /// <summary>What the rule requires, in English.</summary>
    public string English { get; }

    public override string ToString() => Id;
}
