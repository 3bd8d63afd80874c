using System.Globalization;
using Complaints.Kernel.Errors;
using Complaints.VexatiousBehaviour.Api.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Complaints.VexatiousBehaviour.Grpc;

/// <summary>The panel's list of conduct cases.</summary>
internal sealed partial class VexatiousBehaviourGrpcService
{
    private const int DefaultPageSize = 50;

    public override async Task<ListConductCasesResponse> ListConductCases(ListConductCasesRequest request, ServerCallContext context)
    {
        long? before = null;
        if (request.PageToken.Length > 0)
            before = long.TryParse(request.PageToken, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? id : throw new ValidationException(new FieldViolation("page_token", "must be a next_page_token this call returned"));
        var (cases, next) = await caseList.ListAsync(request.ResidentReference, request.PageSize == 0 ? DefaultPageSize : request.PageSize, before, context.CancellationToken);
        return new ListConductCasesResponse
        {
            Cases =
            {
                cases.Select(c => new ConductCaseSummary
                {
                    Id = c.Id, Reference = c.Reference, ResidentReference = c.ResidentReference, Summary = c.Summary, OpenedAt = Timestamp.FromDateTimeOffset(c.OpenedAt),
                    Incidents = c.Incidents, Warnings = c.Warnings, RestrictionsInForce = c.RestrictionsInForce, ReviewsOverdue = c.ReviewsOverdue,
                }),
            },
            NextPageToken = next?.ToString(CultureInfo.InvariantCulture) ?? "",
        };
    }
}
