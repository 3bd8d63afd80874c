using System.Globalization;
using Grpc.Core;
using Complaints.Investigation.Api.V1;
using Complaints.Investigation.Responses;
using Complaints.Kernel.Errors;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Investigation.Grpc;

/// <summary>Stage responses.</summary>
internal sealed partial class InvestigationGrpcService
{
    public override async Task<IssueResponseResponse> IssueResponse(IssueResponseRequest request, ServerCallContext context)
    {
        var command = new IssueResponseCommand(
            ComplaintId(request.ComplaintId),
            request.Stage,
            request.ComplaintDefinition,
            request.Decisions.Select(d => new DecisionInput(d.Point, Known<Responses.DecisionOutcome>((int)d.Outcome), d.Reasons)).ToList(),
            request.Remedies.Select(r => new RemedyInput(Known<Responses.RemedyKind>((int)r.Kind), r.Description, r.AmountPence == 0 ? null : r.AmountPence,
                r.AwardId == 0 ? null : r.AwardId)).ToList(),
            // A due date that is no date, or outside the calendar's years, is refused here, naming the action: stored, a
            // date such as 9999-12-31 would break every later read of the complaint's actions.
            request.OutstandingActions.Select((a, i) => new ActionInput(a.Description, RequestFields.Date(a.DueOn, $"outstanding_actions[{i}].due_on"))).ToList(),
            request.EscalationInformation,
            request.OccurredAt?.ToDateTimeOffset(),
            request.HasExpectedVersion ? request.ExpectedVersion : null,
            request.Themes.Select(t => t.Trim()).ToList(),
            request.RootCauses.Select(r => r.Trim()).ToList());
        var id = await pipeline.ExecuteAsync(command, context.CancellationToken);
        var letter = await LetterAsync(id, LetterFormat.PlainText, context);
        return new IssueResponseResponse { Change = await ChangeAsync(command.ComplaintId, context), ResponseId = id, Letter = letter.Letter };
    }

    public override async Task<GetResponseLetterResponse> GetResponseLetter(GetResponseLetterRequest request, ServerCallContext context) =>
        await LetterAsync(request.ResponseId, request.Format, context);

    private async Task<GetResponseLetterResponse> LetterAsync(long responseId, LetterFormat format, ServerCallContext context)
    {
        var response = await db.Responses.AsNoTracking().SingleOrDefaultAsync(r => r.Id == responseId, context.CancellationToken)
            ?? throw new NotFoundException("Response", responseId.ToString(CultureInfo.InvariantCulture));
        var complaint = await directory.FindAsync(response.ComplaintId, context.CancellationToken)
            ?? throw new NotFoundException("Complaint", response.ComplaintId.ToString());
        var letter = ResponseLetter.From(response, complaint.Reference, profile.Name, investigationPolicy.Value.Letterhead);
        var html = format == LetterFormat.Html;
        return new GetResponseLetterResponse
        {
            ComplaintId = response.ComplaintId.ToString(),
            Stage = response.Stage,
            Letter = html ? HtmlLetter.Render(letter) : PlainTextLetter.Render(letter),
            ContentType = html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
        };
    }
}
