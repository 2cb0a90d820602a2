namespace Gongkai.Model;

/// <summary>What a Table 3 row counts, which decides the rules it takes part in.</summary>
public enum RequestRowRole
{
    /// <summary>一、本年新收.</summary>
    Received,

    /// <summary>二、上年结转.</summary>
    CarriedOver,

    /// <summary>One of the 21 outcome rows （一）…（六） of 三、本年度办理结果.</summary>
    Outcome,

    /// <summary>（七）总计.</summary>
    TotalHandled,

    /// <summary>四、结转下年度继续办理.</summary>
    CarriedForward,
}

/// <summary>One of the 25 data rows of Table 3 (收到和处理政府信息公开申请情况), in printed order.</summary>
public sealed class RequestRow
{
    public static readonly RequestRow Received = new("received", "一、本年新收政府信息公开申请数量", RequestRowRole.Received, null);
    public static readonly RequestRow CarriedOver = new("carriedOver", "二、上年结转政府信息公开申请数量", RequestRowRole.CarriedOver, null);
    public static readonly RequestRow Disclosed = new("disclosed", "（一）予以公开", RequestRowRole.Outcome, null);
    public static readonly RequestRow PartiallyDisclosed = new("partiallyDisclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", RequestRowRole.Outcome, null);

    public static readonly RequestRow StateSecret = Withheld("stateSecret", "1.属于国家秘密");
    public static readonly RequestRow ProhibitedByLaw = Withheld("prohibitedByLaw", "2.其他法律行政法规禁止公开");
    public static readonly RequestRow SecurityAndStability = Withheld("securityAndStability", "3.危及“三安全一稳定”");
    public static readonly RequestRow ThirdPartyRights = Withheld("thirdPartyRights", "4.保护第三方合法权益");
    public static readonly RequestRow InternalAffairs = Withheld("internalAffairs", "5.属于三类内部事务信息");
    public static readonly RequestRow ProcessInformation = Withheld("processInformation", "6.属于四类过程性信息");
    public static readonly RequestRow EnforcementFiles = Withheld("enforcementFiles", "7.属于行政执法案卷");
    public static readonly RequestRow QueryMatters = Withheld("queryMatters", "8.属于行政查询事项");

    public static readonly RequestRow NotHeld = Unavailable("notHeld", "1.本机关不掌握相关政府信息");
    public static readonly RequestRow NeedsCreation = Unavailable("needsCreation", "2.没有现成信息需要另行制作");
    public static readonly RequestRow StillUnclear = Unavailable("stillUnclear", "3.补正后申请内容仍不明确");

    public static readonly RequestRow PetitionOrComplaint = NotProcessed("petitionOrComplaint", "1.信访举报投诉类申请");
    public static readonly RequestRow Repeated = NotProcessed("repeated", "2.重复申请");
    public static readonly RequestRow Publications = NotProcessed("publications", "3.要求提供公开出版物");
    public static readonly RequestRow MassRepeated = NotProcessed("massRepeated", "4.无正当理由大量反复申请");
    public static readonly RequestRow Confirmation = NotProcessed("confirmation", "5.要求行政机关确认或重新出具已获取信息");

    public static readonly RequestRow NoCorrection = OtherHandling("noCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
    public static readonly RequestRow FeeUnpaid = OtherHandling("feeUnpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
    public static readonly RequestRow OtherHandlingOther = OtherHandling("other", "3.其他");

    public static readonly RequestRow TotalHandled = new("totalHandled", "（七）总计", RequestRowRole.TotalHandled, null);
    public static readonly RequestRow CarriedForward = new("carriedForward", "四、结转下年度继续办理", RequestRowRole.CarriedForward, null);

    /// <summary>All 25 rows in printed order.</summary>
    public static IReadOnlyList<RequestRow> All { get; } =
    [
        Received, CarriedOver, Disclosed, PartiallyDisclosed,
        StateSecret, ProhibitedByLaw, SecurityAndStability, ThirdPartyRights, InternalAffairs, ProcessInformation, EnforcementFiles, QueryMatters,
        NotHeld, NeedsCreation, StillUnclear,
        PetitionOrComplaint, Repeated, Publications, MassRepeated, Confirmation,
        NoCorrection, FeeUnpaid, OtherHandlingOther,
        TotalHandled, CarriedForward,
    ];

    /// <summary>The 21 outcome rows whose sum is （七）总计.</summary>
    public static IReadOnlyList<RequestRow> Outcomes { get; } = [.. All.Where(r => r.Role == RequestRowRole.Outcome)];

    private static RequestRow Withheld(string id, string label) => new(id, label, RequestRowRole.Outcome, RequestGroup.Withheld);

    private static RequestRow Unavailable(string id, string label) => new(id, label, RequestRowRole.Outcome, RequestGroup.Unavailable);

    private static RequestRow NotProcessed(string id, string label) => new(id, label, RequestRowRole.Outcome, RequestGroup.NotProcessed);

    private static RequestRow OtherHandling(string id, string label) => new(id, label, RequestRowRole.Outcome, RequestGroup.OtherHandling);

    private RequestRow(string id, string label, RequestRowRole role, RequestGroup? group)
    {
        Id = group is null ? id : $"{group.Id}.{id}";
        Label = label;
        Role = role;
        Group = group;
    }

    /// <summary>The cell id without its <c>requests.</c> prefix and column, e.g. <c>withheld.stateSecret</c>.</summary>
    public string Id { get; }

    /// <summary>The row label as printed in the national format.</summary>
    public string Label { get; }

    public RequestRowRole Role { get; }

    /// <summary>The numbered group the row belongs to, or null for rows outside （三）…（六）.</summary>
    public RequestGroup? Group { get; }

    /// <summary>Zero-based position among the 25 rows.</summary>
    public int Index => All.IndexOf(this);

    /// <summary>The id of this row's cell in <paramref name="column"/>.</summary>
    public CellId Cell(Applicant column) => CellId.Of($"requests.{Id}.{column.Id}");

    public override string ToString() => Id;
}

internal static class ReadOnlyListExtensions
{
    public static int IndexOf<T>(this IReadOnlyList<T> list, T item)
        where T : class
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], item))
            {
                return i;
            }
        }

        return -1;
    }
}
