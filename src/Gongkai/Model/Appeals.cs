namespace Gongkai.Model;

/// <summary>A group of five columns in Table 4 (政府信息公开行政复议、行政诉讼情况), in printed order.</summary>
public sealed class AppealGroup
{
    public static readonly AppealGroup Reconsideration = new("reconsideration", "行政复议", 0);
    public static readonly AppealGroup LitigationDirect = new("litigationDirect", "行政诉讼 / 未经复议直接起诉", 1);
    public static readonly AppealGroup LitigationAfterReconsideration = new("litigationAfterReconsideration", "行政诉讼 / 复议后起诉", 2);

    public static IReadOnlyList<AppealGroup> All { get; } = [Reconsideration, LitigationDirect, LitigationAfterReconsideration];

    private AppealGroup(string id, string label, int index)
    {
        Id = id;
        Label = label;
        Index = index;
    }

    public string Id { get; }

    public string Label { get; }

    /// <summary>Zero-based position among the three groups.</summary>
    public int Index { get; }

    public CellId Cell(AppealResult result) => CellId.Of($"appeals.{Id}.{result.Id}");

    public override string ToString() => Id;
}

/// <summary>A column within a Table 4 group: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计.</summary>
public sealed class AppealResult
{
    public static readonly AppealResult Upheld = new("upheld", "结果维持", 0);
    public static readonly AppealResult Corrected = new("corrected", "结果纠正", 1);
    public static readonly AppealResult Other = new("other", "其他结果", 2);
    public static readonly AppealResult Pending = new("pending", "尚未审结", 3);
    public static readonly AppealResult Total = new("total", "总计", 4);

    public static IReadOnlyList<AppealResult> All { get; } = [Upheld, Corrected, Other, Pending, Total];

    /// <summary>The four results whose sum is the group's 总计.</summary>
    public static IReadOnlyList<AppealResult> Parts { get; } = [Upheld, Corrected, Other, Pending];

    private AppealResult(string id, string label, int index)
    {
        Id = id;
        Label = label;
        Index = index;
    }

    public string Id { get; }

    public string Label { get; }

    /// <summary>Zero-based position within the group.</summary>
    public int Index { get; }

    public override string ToString() => Id;
}
