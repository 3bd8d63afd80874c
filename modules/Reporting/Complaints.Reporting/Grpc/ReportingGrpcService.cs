using Complaints.Reporting.Api.V1;
using Complaints.Reporting.ReadModels;
using Complaints.Reporting.Tsm;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Complaints.Reporting.Grpc;

/// <summary><c>complaints.reporting.v1.ReportingService</c>: maps requests to reads, figures to messages.</summary>
internal sealed class ReportingGrpcService(TenantSatisfactionMeasuresReader measures, ReadModelRebuild rebuild)
    : ReportingService.ReportingServiceBase
{
    public override async Task<GetTenantSatisfactionMeasuresResponse> GetTenantSatisfactionMeasures(
        GetTenantSatisfactionMeasuresRequest request, ServerCallContext context)
    {
        var found = await measures.ReadAsync(new Contracts.ReportingYear(request.ReportingYear), context.CancellationToken);
        return new GetTenantSatisfactionMeasuresResponse
        {
            ReportingYear = found.Year.StartYear,
            From = Timestamp.FromDateTimeOffset(found.Year.From),
            Until = Timestamp.FromDateTimeOffset(found.Year.Until),
            LowCostRentalHomes = found.LowCostRentalHomes,
            LowCostHomeOwnershipHomes = found.LowCostHomeOwnershipHomes,
            Ch01Stage1 = ToMessage(found.Ch01Stage1),
            Ch01Stage2 = ToMessage(found.Ch01Stage2),
            Ch02Stage1 = ToMessage(found.Ch02Stage1),
            Ch02Stage2 = ToMessage(found.Ch02Stage2),
        };
    }

    public override async Task<RebuildReadModelsResponse> RebuildReadModels(RebuildReadModelsRequest request, ServerCallContext context)
    {
        await rebuild.RebuildAsync(context.CancellationToken);
        return new RebuildReadModelsResponse();
    }

    private static Api.V1.Measure ToMessage(Tsm.Measure measure)
    {
        var message = new Api.V1.Measure
        {
            Code = measure.Code, Numerator = measure.Numerator, Denominator = measure.Denominator, Rule = measure.Rule,
            Complaints = { measure.Complaints.Select(ToMessage) },
        };
        if (measure.Value is { } value)
            message.Value = value;
        return message;
    }

    private static Api.V1.CountedComplaint ToMessage(Tsm.CountedComplaint counted)
    {
        var message = new Api.V1.CountedComplaint
        {
            ComplaintId = counted.ComplaintId.ToString(), Reference = counted.Reference, At = Timestamp.FromDateTimeOffset(counted.At),
        };
        if (counted.InTime is { } inTime)
            message.InTime = inTime;
        return message;
    }
}
