namespace Gongkai.Model;

/// <summary>The three statistical tables of the format, numbered as in the national template.</summary>
public enum ReportTable
{
    /// <summary>Table 2 — 主动公开政府信息情况.</summary>
    Proactive = 2,

    /// <summary>Table 3 — 收到和处理政府信息公开申请情况.</summary>
    Requests = 3,

    /// <summary>Table 4 — 政府信息公开行政复议、行政诉讼情况.</summary>
    Appeals = 4,
}
