using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Reporting.AnnualReports.SelfAssessment;

/// <summary>Answer one provision of the self-assessment for a year (message <c>UpdateSelfAssessment</c>).</summary>
internal sealed record UpdateSelfAssessmentCommand(int ReportingYear, string ProvisionId, Compliance Compliance, string Commentary, int? ExpectedVersion)
    : ICommand<SelfAssessmentAnswer>;

internal sealed class UpdateSelfAssessmentHandler(ReportingDbContext db, TimeProvider clock) : ICommandHandler<UpdateSelfAssessmentCommand, SelfAssessmentAnswer>
{
    public async Task<SelfAssessmentAnswer> HandleAsync(PluginContext<UpdateSelfAssessmentCommand, SelfAssessmentAnswer> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var provision = ProvisionCatalogue.Find(command.ProvisionId)
            ?? throw new NotFoundException("Self-assessment provision", command.ProvisionId);
        if (command.Compliance is Compliance.NotAnswered || !Enum.IsDefined(command.Compliance))
            throw new ValidationException(new FieldViolation("compliance", "must say whether the landlord complies, partly complies or does not comply"));
        if (command.Compliance is not Compliance.Complies && string.IsNullOrWhiteSpace(command.Commentary))
            throw new ValidationException(new FieldViolation("commentary",
                "must set out the actions and timescales for complying, or how the intention is met another way (the Code asks this of any provision not complied with)"));

        var answer = await db.SelfAssessmentAnswers.SingleOrDefaultAsync(
                a => a.ReportingYear == command.ReportingYear && a.ProvisionId == provision.Id, cancellationToken)
            ?? db.SelfAssessmentAnswers.Add(new SelfAssessmentAnswer { ReportingYear = command.ReportingYear, ProvisionId = provision.Id }).Entity;
        if (command.ExpectedVersion is { } expected && expected != answer.Version)
            throw new ConcurrencyConflictException("Self-assessment answer", $"{command.ReportingYear}/{provision.Id}");
        answer.Compliance = command.Compliance;
        answer.Commentary = command.Commentary.Trim();
        answer.UpdatedBy = context.InitiatingUser.Id;
        answer.UpdatedAt = clock.GetUtcNow();
        answer.Version++;
        await db.SaveChangesAsync(cancellationToken);
        return answer;
    }
}
