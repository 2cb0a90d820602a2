namespace Gongkai.Model;

/// <summary>One of the six parts of a report (spec §2), headed 一 to 六.</summary>
public sealed class SectionKind
{
    public static readonly SectionKind Overview = new("overview", 1, "总体情况");
    public static readonly SectionKind Proactive = new("proactive", 2, "主动公开政府信息情况");
    public static readonly SectionKind Requests = new("requests", 3, "收到和处理政府信息公开申请情况");
    public static readonly SectionKind Appeals = new("appeals", 4, "政府信息公开行政复议、行政诉讼情况");
    public static readonly SectionKind Problems = new("problems", 5, "存在的主要问题及改进情况");
    public static readonly SectionKind OtherMatters = new("otherMatters", 6, "其他需要报告的事项");

    public static IReadOnlyList<SectionKind> All { get; } = [Overview, Proactive, Requests, Appeals, Problems, OtherMatters];

    private SectionKind(string id, int number, string standardHeading)
    {
        Id = id;
        Number = number;
        StandardHeading = standardHeading;
    }

    public string Id { get; }

    /// <summary>1 to 6, the section's place in the format.</summary>
    public int Number { get; }

    /// <summary>The heading the national format gives, without its number.</summary>
    public string StandardHeading { get; }

    /// <summary>The table the section carries, if any.</summary>
    public ReportTable? Table => Number switch
    {
        2 => ReportTable.Proactive,
        3 => ReportTable.Requests,
        4 => ReportTable.Appeals,
        _ => null,
    };

    public override string ToString() => Id;
}

/// <summary>A section found in a report: its heading as written, where it starts and its text (normalised).</summary>
/// <param name="HeadingLine">1-based line of the heading in the normalised text.</param>
/// <param name="EndLine">1-based last line of the section (inclusive).</param>
public sealed record Section(SectionKind Kind, string Heading, int HeadingLine, int EndLine, string Text);

/// <summary>Where a table was found: 1-based first and last lines in the normalised text.</summary>
public sealed record TableLocation(ReportTable Table, int StartLine, int EndLine);
