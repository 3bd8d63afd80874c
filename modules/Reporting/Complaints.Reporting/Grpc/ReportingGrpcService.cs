using Complaints.Kernel.Pipeline;
using Complaints.Reporting.AnnualReports;
using Complaints.Reporting.Learning;
using Complaints.Reporting.Api.V1;
using Complaints.Reporting.ReadModels;
using Complaints.Reporting.Tsm;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Complaints.Reporting.Grpc;

/// <summary><c>complaints.reporting.v1.ReportingService</c>: maps requests to reads, figures to messages.</summary>
internal sealed partial class ReportingGrpcService(
    TenantSatisfactionMeasuresReader measures, ReadModelRebuild rebuild, AnnualReportBuilder annualReports, LearningReader learning,
    Reporting.Hazards.HazardFiguresReader hazards, ICommandPipeline pipeline)
    : ReportingService.ReportingServiceBase
{
    private const int DefaultPageSize = 200;

    public override async Task<GetTenantSatisfactionMeasuresResponse> GetTenantSatisfactionMeasures(
        GetTenantSatisfactionMeasuresRequest request, ServerCallContext context)
    {
        var year = new Contracts.ReportingYear(request.ReportingYear);
        var found = await measures.ReadAsync(year, context.CancellationToken);
        var response = TsmMapping.ToMessage(found);
        if (request.IncludeLines)
        {
            var pageSize = request.PageSize == 0 ? DefaultPageSize : request.PageSize;
            var after = string.IsNullOrEmpty(request.PageToken) ? null : request.PageToken;
            var lines = await measures.LinesAsync(year, pageSize + 1, after, context.CancellationToken);
            response.Lines.AddRange(lines.Take(pageSize).Select(l => TsmMapping.ToMessage(l, found.Rule)));
            if (lines.Count > pageSize)
                response.NextPageToken = lines[pageSize - 1].Reference ?? "";
        }
        return response;
    }

    public override async Task<RebuildReadModelsResponse> RebuildReadModels(RebuildReadModelsRequest request, ServerCallContext context)
    {
        await rebuild.RebuildAsync(context.CancellationToken);
        return new RebuildReadModelsResponse();
    }
}
