using Complaints.Kernel.Errors;
using Complaints.Reporting.Api.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Complaints.Reporting.Grpc;

/// <summary>What complaints teach: the groups with their counts, or one group's complaints.</summary>
internal sealed partial class ReportingGrpcService
{
    public override async Task<ListLearningResponse> ListLearning(ListLearningRequest request, ServerCallContext context)
    {
        var year = new Contracts.ReportingYear(request.ReportingYear);
        if (string.IsNullOrWhiteSpace(request.Group))
            return new ListLearningResponse
            {
                Groups = { (await learning.GroupsAsync(year, context.CancellationToken)).Select(g => new Api.V1.LearningGroup { Key = g.Key, Label = g.Label, Complaints = g.Complaints }) },
            };
        var complaints = await learning.ComplaintsAsync(year, request.Group.Trim(), context.CancellationToken)
            ?? throw new ValidationException(new FieldViolation("group",
                "must be a group's key: theme:<code>, root-cause:<code>, repeat-property:<reference>, repeat-household:<reference> or open-both-stages"));
        return new ListLearningResponse
        {
            Complaints =
            {
                complaints.Select(c => new Api.V1.LearningComplaint
                {
                    ComplaintId = c.ComplaintId.ToString(), Reference = c.Reference,
                    ReceivedAt = c.ReceivedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
                    Category = c.Category ?? "", PropertyReference = c.PropertyReference ?? "", ResidentReference = c.ResidentReference ?? "",
                }),
            },
        };
    }
}
