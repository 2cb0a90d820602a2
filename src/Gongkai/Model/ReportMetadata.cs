namespace Gongkai.Model;

/// <summary>The kind of body that publishes a report, which decides its Art. 49 deadline.</summary>
public enum AgencyKind
{
    /// <summary>The kind could not be told from the name.</summary>
    Unknown,

    /// <summary>A people's government at county level or above (…人民政府, or a region's name): publishes by 31 March.</summary>
    Government,

    /// <summary>A department of a government (…局, …委员会, …办公室 …): publishes by 31 January.</summary>
    Department,

    /// <summary>A township or street office (乡, 镇, 街道): deadline set by its province.</summary>
    Township,
}

/// <summary>The contact a report gives for questions about it.</summary>
public sealed record ContactInfo(string? Phone, string? Address, string? Email, string? PostalCode);

/// <summary>A period of whole days, both ends included.</summary>
public sealed record DatePeriod(DateOnly Start, DateOnly End);

/// <summary>What a report says about itself. Every field is null when the text does not state it.</summary>
public sealed record ReportMetadata
{
    public static readonly ReportMetadata Empty = new();

    /// <summary>The title line(s), e.g. 青山区2022年政府信息公开工作年度报告.</summary>
    public string? Title { get; init; }

    /// <summary>The body that publishes the report, from the title or the signature.</summary>
    public string? Agency { get; init; }

    public AgencyKind AgencyKind { get; init; }

    /// <summary>The year the report covers, from the title.</summary>
    public int? Year { get; init; }

    /// <summary>The statistical period the text states (本报告所列数据的统计期限自…至…).</summary>
    public DatePeriod? StatisticalPeriod { get; init; }

    /// <summary>The date in the signature block, taken as the publication date.</summary>
    public DateOnly? PublicationDate { get; init; }

    /// <summary>The website where the report can be read or downloaded.</summary>
    public string? Website { get; init; }

    public ContactInfo? Contact { get; init; }

    /// <summary>Years the report's tables or their captions state, where they differ from the title's.</summary>
    public IReadOnlyList<int> TableYears { get; init; } = [];
}
