namespace Jindong.Enterprises.Domain.Plan;

/// <summary>重点实施工业投资项目 — a project of the plan's Appendix 3.</summary>
public sealed class InvestmentProject
{
    private InvestmentProject()
    {
        Company = Project = ExpectedCompletion = string.Empty;
    }

    public InvestmentProject(int no, string company, string project, decimal totalInvestmentYi, string expectedCompletion, int? enterpriseId, string? linkNote)
    {
        No = no;
        Company = company;
        Project = project;
        TotalInvestmentYi = totalInvestmentYi;
        ExpectedCompletion = expectedCompletion;
        EnterpriseId = enterpriseId;
        LinkNote = linkNote;
    }

    public int Id { get; private set; }

    public int No { get; private set; }

    /// <summary>The company as the appendix prints it.</summary>
    public string Company { get; private set; }

    public string Project { get; private set; }

    public decimal TotalInvestmentYi { get; private set; }

    /// <summary>预计完成时间 as printed: a year, or year.month.</summary>
    public string ExpectedCompletion { get; private set; }

    /// <summary>The registry firm this company is, where it is one.</summary>
    public int? EnterpriseId { get; private set; }

    /// <summary>Why the link was made when the printed names differ.</summary>
    public string? LinkNote { get; private set; }
}
