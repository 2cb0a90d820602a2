namespace Gongkai.Model;

/// <summary>
/// A numbered group of outcome rows in Table 3 — （三）不予公开, （四）无法提供, （五）不予处理, （六）其他处理 —
/// which some reports print as a single row or close with a subtotal row.
/// </summary>
public sealed class RequestGroup
{
    public static readonly RequestGroup Withheld = new("withheld", "不予公开", "三");
    public static readonly RequestGroup Unavailable = new("unavailable", "无法提供", "四");
    public static readonly RequestGroup NotProcessed = new("notProcessed", "不予处理", "五");
    public static readonly RequestGroup OtherHandling = new("otherHandling", "其他处理", "六");

    public static IReadOnlyList<RequestGroup> All { get; } = [Withheld, Unavailable, NotProcessed, OtherHandling];

    private RequestGroup(string id, string label, string numeral)
    {
        Id = id;
        Label = label;
        Numeral = numeral;
    }

    /// <summary>The middle segment of the cell id, e.g. <c>withheld</c>.</summary>
    public string Id { get; }

    /// <summary>The group's printed name without its number, e.g. 不予公开.</summary>
    public string Label { get; }

    /// <summary>The Chinese numeral the format puts in brackets before the label, e.g. 三 for （三）.</summary>
    public string Numeral { get; }

    /// <summary>The rows of this group, in printed order.</summary>
    public IReadOnlyList<RequestRow> Rows => RequestRow.All.Where(r => r.Group == this).ToArray();

    /// <summary>The id of the optional subtotal cell of this group in <paramref name="column"/>.</summary>
    public CellId SubtotalCell(Applicant column) => CellId.Of($"requests.{Id}.subtotal.{column.Id}");

    public override string ToString() => Id;
}
