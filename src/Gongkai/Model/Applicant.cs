namespace Gongkai.Model;

/// <summary>
/// A column of Table 3 (申请人情况): the six kinds of applicant and the 总计 column, in printed order.
/// </summary>
public sealed class Applicant
{
    public static readonly Applicant NaturalPerson = new("naturalPerson", "自然人", 0);
    public static readonly Applicant CommercialEnterprise = new("commercialEnterprise", "商业企业", 1);
    public static readonly Applicant ResearchInstitution = new("researchInstitution", "科研机构", 2);
    public static readonly Applicant PublicInterestOrganization = new("publicInterestOrganization", "社会公益组织", 3);
    public static readonly Applicant LegalServiceAgency = new("legalServiceAgency", "法律服务机构", 4);
    public static readonly Applicant Other = new("other", "其他", 5);
    public static readonly Applicant Total = new("total", "总计", 6);

    /// <summary>All seven columns in printed order; the last is <see cref="Total"/>.</summary>
    public static IReadOnlyList<Applicant> All { get; } =
        [NaturalPerson, CommercialEnterprise, ResearchInstitution, PublicInterestOrganization, LegalServiceAgency, Other, Total];

    /// <summary>The six applicant columns whose sum is the 总计 column.</summary>
    public static IReadOnlyList<Applicant> Kinds { get; } = [.. All.Take(6)];

    private Applicant(string id, string label, int index)
    {
        Id = id;
        Label = label;
        Index = index;
    }

    /// <summary>The last segment of the cell id, e.g. <c>naturalPerson</c>.</summary>
    public string Id { get; }

    /// <summary>The column heading as printed in the national format.</summary>
    public string Label { get; }

    /// <summary>Zero-based position among the seven printed columns.</summary>
    public int Index { get; }

    public bool IsTotal => ReferenceEquals(this, Total);

    public override string ToString() => Id;
}
