using System.Text;
using Complaints.Reporting.AnnualReports;
using Complaints.Reporting.AnnualReports.SelfAssessment;
using Complaints.Reporting.Api.V1;
using Google.Api;
using Google.Protobuf;
using Grpc.Core;

namespace Complaints.Reporting.Grpc;

/// <summary>The annual report: as data, as its printable page, and the landlord's self-assessment answers.</summary>
internal sealed partial class ReportingGrpcService
{
    public override async Task<GetAnnualReportResponse> GetAnnualReport(GetAnnualReportRequest request, ServerCallContext context) =>
        new() { Report = AnnualReportMapping.ToMessage(await annualReports.BuildAsync(new Contracts.ReportingYear(request.ReportingYear), context.CancellationToken)) };

    public override async Task<HttpBody> GetAnnualReportPage(GetAnnualReportPageRequest request, ServerCallContext context)
    {
        var report = await annualReports.BuildAsync(new Contracts.ReportingYear(request.ReportingYear), context.CancellationToken);
        return new HttpBody { ContentType = "text/html; charset=utf-8", Data = ByteString.CopyFrom(AnnualReportPage.Render(report), Encoding.UTF8) };
    }

    public override async Task<UpdateSelfAssessmentResponse> UpdateSelfAssessment(UpdateSelfAssessmentRequest request, ServerCallContext context)
    {
        var command = new UpdateSelfAssessmentCommand(request.ReportingYear, request.ProvisionId, (AnnualReports.SelfAssessment.Compliance)request.Compliance,
            request.Commentary, request.HasExpectedVersion ? request.ExpectedVersion : null);
        var answer = await pipeline.ExecuteAsync(command, context.CancellationToken);
        return new UpdateSelfAssessmentResponse { Entry = AnnualReportMapping.ToMessage(SelfAssessmentReader.Entry(answer)) };
    }
}
