namespace Gongkai.Model;

/// <summary>How a Table 2 cell is measured.</summary>
public enum CellUnit
{
    /// <summary>A number of documents or decisions: a non-negative integer.</summary>
    Count,

    /// <summary>An amount in 万元 (10,000 yuan): a non-negative decimal.</summary>
    TenThousandYuan,
}

/// <summary>
/// A row of Table 2 (主动公开政府信息情况) with the cells it carries, in printed order. Rules and
/// normative documents have three cells (本年制发件数, 本年废止件数, 现行有效件数); the others one.
/// </summary>
public sealed class ProactiveItem
{
    public static readonly ProactiveItem Regulations = new("regulations", "规章", "（一）", CellUnit.Count, ["issued", "repealed", "inForce"]);
    public static readonly ProactiveItem NormativeDocuments = new("normativeDocuments", "行政规范性文件", "（一）", CellUnit.Count, ["issued", "repealed", "inForce"]);
    public static readonly ProactiveItem Licensing = new("licensing", "行政许可", "（五）", CellUnit.Count, []);
    public static readonly ProactiveItem Penalties = new("penalties", "行政处罚", "（六）", CellUnit.Count, []);
    public static readonly ProactiveItem Coercion = new("coercion", "行政强制", "（六）", CellUnit.Count, []);
    public static readonly ProactiveItem Fees = new("fees", "行政事业性收费", "（八）", CellUnit.TenThousandYuan, []);

    public static IReadOnlyList<ProactiveItem> All { get; } = [Regulations, NormativeDocuments, Licensing, Penalties, Coercion, Fees];

    private ProactiveItem(string id, string label, string article, CellUnit unit, string[] columns)
    {
        Id = id;
        Label = label;
        Article = article;
        Unit = unit;
        Cells = columns.Length == 0
            ? [CellId.Of($"proactive.{id}")]
            : [.. columns.Select(c => CellId.Of($"proactive.{id}.{c}"))];
    }

    /// <summary>The cell id segment after <c>proactive.</c>, e.g. <c>normativeDocuments</c>.</summary>
    public string Id { get; }

    /// <summary>The row label as printed, e.g. 行政规范性文件.</summary>
    public string Label { get; }

    /// <summary>The item of 条例第二十条 the row reports under, e.g. （五）.</summary>
    public string Article { get; }

    public CellUnit Unit { get; }

    /// <summary>The row's cells in printed column order.</summary>
    public IReadOnlyList<CellId> Cells { get; }

    public override string ToString() => Id;
}
