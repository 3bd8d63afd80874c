using Complaints.OmbudsmanLiaison.Contracts;

namespace Complaints.Reporting.ReadModels.Ombudsman;

/// <summary>A binding order of a determination (table <c>reporting_ombudsman_orders</c>): what, due when, complied when, on time or not.</summary>
internal sealed class ReportedOmbudsmanOrder
{
    public required long OrderId { get; init; }

    public required string OmbudsmanCaseReference { get; init; }

    public Guid? ComplaintId { get; init; }

    public required OmbudsmanOrderType Type { get; init; }

    public long? AmountPence { get; init; }

    public required DateOnly DueOn { get; init; }

    public required DateTimeOffset MadeAt { get; init; }

    public DateOnly? CompliedOn { get; set; }

    public DateTimeOffset? CompliedAt { get; set; }

    /// <summary>Complied by its due day (the module's own verdict); null until complied.</summary>
    public bool? OnTime { get; set; }
}
